import PlanwrightDocument
import PlanwrightModel

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
        var named: Message {
            let values: [String: Message.Value] = ["title": .text(title), "date": .text("\(first.first)")]
            guard occurrences.count > 1 else { return Message("ics_event_named", values) }
            return Message("ics_event_named_and_more_dates", count: occurrences.count - 1, values)
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
                diagnostics.append(.warning(Message("ics_unsure_holiday", ["event": .message(event.named), "words": .text(event.ruleWords)]), at: event.location))
            case .timedClosure:
                diagnostics.append(.warning(Message("ics_timed_closure", ["event": .message(event.named), "hours": hours(event)]), at: event.location))
            case .timedPDDay:
                diagnostics.append(.warning(Message("ics_timed_pd_day", ["event": .message(event.named), "hours": hours(event), "words": .text(event.ruleWords)]),
                                            at: event.location))
            case .noRule, .builtInRuleSaysNothing, .planRuleSaysNothing, .heldOnHoliday:
                break
            }
        }
        return diagnostics
    }

    private func hours(_ event: Event) -> Message.Value { event.first.time.map { .text(" (\($0))") } ?? .text("") }

    /// One warning for the events no rule knows, at the first of them: what they are, that they
    /// were left out, and how to say what they mean.
    private func noRule(_ events: [Event]) -> [Diagnostic] {
        guard let first = events.first else { return [] }
        let named = ImportPhrases.commaSeparated(events.prefix(Self.named).map { .message($0.named) })
        let more = events.count > Self.named ? Message.Value.message(Message("import_and_more", count: events.count - Self.named)) : .text("")
        let allDay = events.filter { $0.first.timing == .allDay }.count, timed = events.count - allDay
        let kinds: [Message.Value] = [allDay > 0 ? .message(Message("ics_all_day_events", count: allDay)) : nil,
                                      timed > 0 ? .message(Message("ics_timed_events", count: timed)) : nil].compactMap { $0 }
        return [.warning(Message("ics_events_without_rule", count: events.count, ["kinds": .list(kinds), "events": named, "more": more]), at: first.location)]
    }
}
