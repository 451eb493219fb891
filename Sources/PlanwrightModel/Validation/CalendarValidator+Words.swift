import PlanwrightDocument

/// The phrases the calendar's messages are built from, worded in the reader's language.
extension CalendarValidator {
    /// Why a date holds no school, as an error says it ("a Saturday", "which is closed for
    /// Thanksgiving"); nil on a school day.
    func notASchoolDay(_ date: SchoolDate, _ rule: SchoolDayRule) -> Message? {
        switch rule.noSchool(on: date) {
        case nil: nil
        case let .weekend(day): Message("calendar_reason_weekend", ["weekday": .message(Self.weekday(day))])
        case let .closure(span): span.name.map { Message("calendar_reason_closed_for", ["name": .text($0)]) } ?? Message("calendar_reason_closed")
        }
    }

    /// A span as messages name it: "'Winter break'", or "on 2026-11-03" when it has no name.
    func label(_ span: DateSpan) -> Message.Value {
        .message(span.name.map { Message("calendar_span_named", ["name": .text($0)]) } ?? Message("calendar_span_on", ["date": .text("\(span.from)")]))
    }

    /// The weekday's name, capitalized in English as a date's day is.
    static func weekday(_ day: Weekday) -> Message {
        switch day {
        case .monday: Message("calendar_monday")
        case .tuesday: Message("calendar_tuesday")
        case .wednesday: Message("calendar_wednesday")
        case .thursday: Message("calendar_thursday")
        case .friday: Message("calendar_friday")
        case .saturday: Message("calendar_saturday")
        case .sunday: Message("calendar_sunday")
        }
    }
}
