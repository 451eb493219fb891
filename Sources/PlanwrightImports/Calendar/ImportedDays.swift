import PlanwrightDocument
import PlanwrightModel

/// What an imported calendar's occurrences give the school year, each by what it means
/// (`EventClassifier`): closures, PD days, testing windows and early-release days, clipped to
/// the year. Everything else is left out and listed, with why: a school day is never closed on
/// a guess, and no event disappears without a word.
///
/// A timed event counts for its hours: an early release ("Early Out", 13:00-15:30) gives that
/// afternoon's training slot its hours, and a test in the morning makes the day a testing day;
/// a timed closure or PD day is hours, not a day off, so it is left out and asked about.
package struct ImportedDays: Sendable {
    package var closed: [DateSpan] = []
    package var pdDays: [DateSpan] = []
    package var testing: [DateSpan] = []
    /// Each with the event it comes from.
    package var earlyRelease: [Located<SchoolDate>] = []
    /// The hours of the timed early releases, by day.
    package var earlyReleaseTimes: [SchoolDate: SlotTime] = [:]
    /// Early releases for some schools only (an event naming a school level), as spans with their scope.
    package var schoolEarlyRelease: [DateSpan] = []
    /// Events that give the year nothing, with why, in date order.
    package var leftOut: [LeftOutEvent] = []
    /// The occurrences of `leftOut` a leader should look at (`LeftOutReason.isUnclear`), for the warnings.
    package var unclear: [(occurrence: CalendarOccurrence, reason: LeftOutReason)] = []

    package init() {}

    package init(_ occurrences: [CalendarOccurrence], clippedTo year: ClosedRange<SchoolDate>?, classifier: EventClassifier) {
        // The hours of early releases for some schools: a district-wide one's hours win a day both have.
        var schoolTimes: [SchoolDate: SlotTime] = [:]
        for occurrence in occurrences {
            let byTitle = classifier.classify(summary: occurrence.summary, categories: occurrence.categories)
            let reading = byTitle ?? classifier.classify(summary: occurrence.summary, categories: occurrence.categories, description: occurrence.description)
            let meaning = reading?.meaning
            // A PD day may be a pre-service day, in the month before the first day; the rest is the year's.
            let earliest = meaning == .pdDay ? year.map { $0.lowerBound.adding(days: -SchoolYear.preServiceDays) } : year?.lowerBound
            let from = earliest.map { max(occurrence.first, $0) } ?? occurrence.first
            let to = year.map { min(occurrence.last, $0.upperBound) } ?? occurrence.last
            guard from <= to else { continue }
            var span = DateSpan(name: occurrence.summary, from: from, to: to, location: occurrence.location)
            // "Regents Administration for High Schools", "Grade 3-6 State Math Test": for the plan's
            // schools of those grades only. A description's levels count only when the description
            // also said what the day is: "Winter Recess" described "high-school midterms resume
            // Jan 5" still closes every school.
            span.scope = SchoolLevelWords.scope(summary: occurrence.summary, description: byTitle == nil ? occurrence.description : nil)
            switch (reading, occurrence.timing) {
            case (nil, _): leave(occurrence, .noRule)
            case let (.heldOnHoliday(event)?, _): leave(occurrence, .heldOnHoliday(event: event))
            case let (.unsureHoliday(holiday)?, _): leave(occurrence, .unsureHoliday(holiday: holiday))
            case let (.rule(rule)?, timing):
                switch (rule.meaning, timing) {
                case (.earlyRelease, _) where span.scope != nil:
                    // Conferences at the elementary schools: an afternoon for their staff only.
                    schoolEarlyRelease.append(span)
                    if let time = occurrence.time { schoolTimes[from] = time }
                case (.earlyRelease, _):
                    earlyRelease += (from.dayNumber...to.dayNumber).map { Located(SchoolDate(dayNumber: $0), at: occurrence.location) }
                    if let time = occurrence.time { earlyReleaseTimes[from] = time }
                case (.testing, _): testing.append(span)
                case (.closed, .allDay): closed.append(span)
                case (.pdDay, .allDay): pdDays.append(span)
                case (.closed, .timed): leave(occurrence, .timedClosure)
                case (.pdDay, .timed): leave(occurrence, .timedPDDay)
                case (.ignored, _): leave(occurrence, rule.location == nil ? .builtInRuleSaysNothing : .planRuleSaysNothing)
                }
            }
        }
        earlyReleaseTimes.merge(schoolTimes) { district, _ in district }
        closed.sort { ($0.from, $0.to) < ($1.from, $1.to) }
        pdDays.sort { ($0.from, $0.to) < ($1.from, $1.to) }
        testing.sort { ($0.from, $0.to) < ($1.from, $1.to) }
        leftOut.sort { ($0.from, $0.location) < ($1.from, $1.location) }
        var seen = Set<SchoolDate>()
        earlyRelease = earlyRelease.sorted { ($0.value, $0.location) < ($1.value, $1.location) }.filter { seen.insert($0.value).inserted }
    }

    private mutating func leave(_ occurrence: CalendarOccurrence, _ reason: LeftOutReason) {
        leftOut.append(LeftOutEvent(name: occurrence.summary, from: occurrence.first, to: occurrence.last, reason: reason,
                                    time: occurrence.time, location: occurrence.location))
        if reason.isUnclear { unclear.append((occurrence, reason)) }
    }
}
