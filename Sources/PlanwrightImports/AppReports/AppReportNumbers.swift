/// Counts as portals export them: "1250", "1,250", "1 250", "1250.0"; a blank cell, "-" or
/// "N/A" is no count at all (an app with no data for the period), not a problem.
enum AppReportNumbers {
    enum Reading: Equatable {
        case none
        case number(Double)
        case notANumber
    }

    static func read(_ text: String) -> Reading {
        let trimmed = text.trimmingCSVSpaces
        if trimmed.isEmpty || noValue.contains(trimmed.lowercased()) { return .none }
        // Digit groups: commas, spaces and the no-break space spreadsheets put between thousands.
        let digits = trimmed.filter { $0 != "," && $0 != " " && $0 != "\u{00A0}" }
        guard digits.first?.isNumber == true, let value = Double(digits), value.isFinite, value >= 0 else { return .notANumber }
        return .number(value)
    }

    /// A count of people: a whole number, within what an `Int` holds.
    static func count(_ text: String) -> Reading {
        let reading = read(text)
        guard case let .number(value) = reading else { return reading }
        return value.rounded() == value && value < 1e15 ? reading : .notANumber
    }

    private static let noValue: Set<String> = ["-", "–", "—", "n/a", "na", "none"]
}
