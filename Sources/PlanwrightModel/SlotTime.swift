/// The time of day a training slot or session takes, in the school's own local time (a plan
/// has no time zone, as its dates have none): written `13:30-15:00` in the plan file, 24-hour,
/// the start before the end. Stored as minutes after midnight so lengths are exact.
public struct SlotTime: Hashable, Sendable, Codable, CustomStringConvertible {
    public let start: Int
    public let end: Int

    public static let example = "13:30-15:00"

    public init?(start: Int, end: Int) {
        guard 0 <= start, start < end, end <= 24 * 60 else { return nil }
        self.start = start
        self.end = end
    }

    /// Reads `H:MM-HH:MM` (`8:00-15:00`, `13:30-15:00`); nil for anything else, or an end not after the start.
    public init?(text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let start = Self.minutes(parts[0].trimmingSpaces), let end = Self.minutes(parts[1].trimmingSpaces) else { return nil }
        self.init(start: start, end: end)
    }

    /// `H:MM` or `HH:MM`, hours 0-24 (24:00 only as an end), minutes 00-59.
    private static func minutes(_ text: Substring) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.utf8.allSatisfy { (48...57).contains($0) } }),
              let hours = Int(parts[0]), let minutes = Int(parts[1]), hours <= 24, minutes < 60, hours < 24 || minutes == 0 else { return nil }
        return hours * 60 + minutes
    }

    public var minutes: Int { end - start }

    /// The first `minutes` of this time: a session in its slot.
    public func first(_ minutes: Int) -> SlotTime { SlotTime(start: start, end: min(24 * 60, start + max(1, minutes)))! }

    /// A time as spreadsheets and calendars write it: `08:00`, `13:30`.
    public static func clock(_ minutes: Int) -> String {
        let h = minutes / 60, m = minutes % 60
        return (h < 10 ? "0\(h)" : "\(h)") + ":" + (m < 10 ? "0\(m)" : "\(m)")
    }

    /// As the plan file writes it: `13:30-15:00`.
    public var description: String { "\(Self.clock(start))-\(Self.clock(end))" }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let time = SlotTime(text: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a time: \(text)"))
        }
        self = time
    }
}

/// When and where one PD day is held, as the plan writes it on the day (`place`, `time`).
public struct SlotDetails: Hashable, Sendable {
    public var time: SlotTime?
    public var place: String?

    public init(time: SlotTime?, place: String?) {
        self.time = time
        self.place = place
    }
}

private extension Substring {
    var trimmingSpaces: Substring {
        var text = self
        while text.first == " " { text.removeFirst() }
        while text.last == " " { text.removeLast() }
        return text
    }
}
