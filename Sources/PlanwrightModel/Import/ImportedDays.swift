import PlanwrightDocument

/// What an imported calendar's occurrences give the school year, each by what it means
/// (`EventClassifier`): closures, PD days, testing windows and early-release days, clipped to
/// the year. An all-day event no rule matches gives nothing and is listed, so a school day is
/// never closed on a guess; a timed event (a board meeting at 7pm) counts only as an early
/// release.
package struct ImportedDays: Sendable {
    package var closed: [DateSpan] = []
    package var pdDays: [DateSpan] = []
    package var testing: [DateSpan] = []
    /// Each with the event it comes from.
    package var earlyRelease: [Located<SchoolDate>] = []
    /// Early releases for some schools only (an event naming a school level), as spans with their scope.
    package var schoolEarlyRelease: [DateSpan] = []
    /// Events a rule says change nothing ("First Day for Students"), with the rule.
    package var ignored: [(occurrence: CalendarOccurrence, rule: EventRule)] = []
    /// All-day events no rule matches.
    package var unmatched: [CalendarOccurrence] = []

    package init() {}

    package init(_ occurrences: [CalendarOccurrence], clippedTo year: ClosedRange<SchoolDate>?, classifier: EventClassifier) {
        for occurrence in occurrences {
            let byTitle = classifier.rule(summary: occurrence.summary, categories: occurrence.categories)
            let rule = byTitle ?? classifier.rule(summary: occurrence.summary, categories: occurrence.categories, description: occurrence.description)
            // A PD day may be a pre-service day, in the month before the first day; the rest is the year's.
            let earliest = rule?.meaning == .pdDay ? year.map { $0.lowerBound.adding(days: -SchoolYear.preServiceDays) } : year?.lowerBound
            let from = earliest.map { max(occurrence.first, $0) } ?? occurrence.first
            let to = year.map { min(occurrence.last, $0.upperBound) } ?? occurrence.last
            guard from <= to else { continue }
            var span = DateSpan(name: occurrence.summary, from: from, to: to, location: occurrence.location)
            // "Regents Administration for High Schools": for the plan's schools of that level only.
            // A description's levels count only when the description also said what the day is:
            // "Winter Recess" described "high-school midterms resume Jan 5" still closes every school.
            span.scope = SchoolLevelWords.scope(summary: occurrence.summary, description: byTitle == nil ? occurrence.description : nil)
            guard let rule else {
                if occurrence.timing == .allDay { unmatched.append(occurrence) }
                continue
            }
            switch (rule.meaning, occurrence.timing) {
            case (.earlyRelease, _) where span.scope != nil:
                // Conferences at the elementary schools: an afternoon for their staff only.
                schoolEarlyRelease.append(span)
            case (.earlyRelease, _):
                earlyRelease += (from.dayNumber...to.dayNumber).map { Located(SchoolDate(dayNumber: $0), at: occurrence.location) }
            case (_, .timed): continue
            case (.closed, .allDay): closed.append(span)
            case (.pdDay, .allDay): pdDays.append(span)
            case (.testing, .allDay): testing.append(span)
            case (.ignored, .allDay): ignored.append((occurrence, rule))
            }
        }
        closed.sort { ($0.from, $0.to) < ($1.from, $1.to) }
        pdDays.sort { ($0.from, $0.to) < ($1.from, $1.to) }
        testing.sort { ($0.from, $0.to) < ($1.from, $1.to) }
        var seen = Set<SchoolDate>()
        earlyRelease = earlyRelease.sorted { ($0.value, $0.location) < ($1.value, $1.location) }.filter { seen.insert($0.value).inserted }
    }

    /// The all-day events that give the year nothing, with why, in date order.
    package var leftOut: [LeftOutEvent] {
        let byRule = ignored.map { pair in
            LeftOutEvent(name: pair.occurrence.summary, from: pair.occurrence.first, to: pair.occurrence.last,
                         reason: pair.rule.location == nil ? "a built-in rule says it changes nothing" : "the plan's rule says it changes nothing",
                         location: pair.occurrence.location)
        }
        let unknown = unmatched.map {
            LeftOutEvent(name: $0.summary, from: $0.first, to: $0.last, reason: "no rule knows its words", location: $0.location)
        }
        return (byRule + unknown).sorted { ($0.from, $0.location) < ($1.from, $1.location) }
    }
}
