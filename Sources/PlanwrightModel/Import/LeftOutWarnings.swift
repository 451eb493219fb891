import PlanwrightDocument

/// The warnings for imported events left out that might have closed school or been a staff
/// day, each event once however often it repeats: one warning for the events no rule knows, at
/// the first of them; one at each event whose title names a holiday with more words than a day
/// off's, and at each timed event whose words mean a closure or a PD day. Each says how to
/// classify it.
struct LeftOutWarnings {
    /// Events the no-rule warning names before it counts the rest.
    static let named = 10

    let unclear: [(occurrence: CalendarOccurrence, reason: LeftOutReason)]

    /// The occurrences of one event (one VEVENT), in date order.
    private struct Event {
        var occurrences: [CalendarOccurrence]
        var reason: LeftOutReason
        var first: CalendarOccurrence { occurrences[0] }
        var location: SourceLocation { first.location }
        var title: String { Excerpt.of(first.summary ?? "(no title)") }

        /// "'Robotics Fair' on 2026-11-20", "'Early Out' on 2026-08-21 and 34 more dates".
        var named: String {
            let more = occurrences.count > 1 ? " and \(Plural.count(occurrences.count - 1, "more date", "more dates"))" : ""
            return "'\(title)' on \(first.first)\(more)"
        }

        /// A rule's words as a plan writes them: quoted, so any title is one word list item.
        var ruleWords: String { "\"" + title.filter { $0 != "\"" && $0 != "\\" } + "\"" }
    }

    var diagnostics: [Diagnostic] {
        let events = Dictionary(grouping: unclear, by: { $0.occurrence.location })
            .map { Event(occurrences: $0.value.map(\.occurrence).sorted { $0.first < $1.first }, reason: $0.value[0].reason) }
            .sorted { $0.location < $1.location }
        var diagnostics = noRule(events.filter { $0.reason == .noRule })
        for event in events {
            switch event.reason {
            case .unsureHoliday:
                diagnostics.append(.warning(english: "\(event.named) names a holiday but says more than a day off's title does, so it closes no school day; "
                                            + "if school is closed then, say so under 'year.import_rules', such as { words: [\(event.ruleWords)], means: closed }, "
                                            + "or with 'means: ignored' to keep it a school day without this warning", at: event.location))
            case .timedClosure:
                diagnostics.append(.warning(english: "\(event.named) is a timed event\(hours(event)), so it closes no school day; if school is closed that day, "
                                            + "write it under 'year.closed' or make it an all-day event in the calendar", at: event.location))
            case .timedPDDay:
                diagnostics.append(.warning(english: "\(event.named) is a timed event\(hours(event)), so it is not a PD day; if students have that day off, "
                                            + "write it under 'year.pd_days' or make it an all-day event in the calendar; an afternoon for training after students leave is "
                                            + "an early release: { words: [\(event.ruleWords)], means: early_release } under 'year.import_rules'", at: event.location))
            case .noRule, .builtInRuleSaysNothing, .planRuleSaysNothing, .heldOnHoliday:
                break
            }
        }
        return diagnostics
    }

    private func hours(_ event: Event) -> String { event.first.time.map { " (\($0))" } ?? "" }

    /// One warning for the events no rule knows, at the first of them: what they are, that they
    /// were left out, and how to say what they mean.
    private func noRule(_ events: [Event]) -> [Diagnostic] {
        guard let first = events.first else { return [] }
        let named = events.prefix(Self.named).map(\.named)
        let more = events.count > Self.named ? " and \(events.count - Self.named) more" : ""
        let allDay = events.filter { $0.first.timing == .allDay }.count, timed = events.count - allDay
        let count = [allDay > 0 ? Plural.count(allDay, "all-day event") : nil, timed > 0 ? Plural.count(timed, "timed event") : nil]
            .compactMap { $0 }.joined(separator: " and ")
        return [.warning(english: "\(count) in this calendar \(Plural.verb(events.count, "says", "say")) nothing the planner knows, so \(Plural.verb(events.count, "it closes", "they close")) no school day: \(named.joined(separator: ", "))\(more); "
                         + "if one is a closure, an early release, a PD day or testing, say so under 'year.import_rules', such as { words: [Conferences], means: closed }",
                         at: first.location)]
    }
}
