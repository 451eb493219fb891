/// What a diagnostic says, as a fact: a key of the strings files (`Templates/strings/<lang>.po`)
/// and the values its text names. The words are chosen when it is printed, in the reader's
/// language, so a check says *what* is wrong and the strings file says it in English or Spanish.
///
///     Message("diagnostic_more_errors", count: 12, ["first": .message(first.content)])
///
/// `count` picks the plural form by the language's rule and fills `{count}`. A value can be a
/// phrase of its own (`.message`), worded in the same language, so a sentence built from parts
/// ("… in goal 'lms'") is never English glued to Spanish.
public struct Message: Hashable, Sendable, Codable {
    public indirect enum Value: Hashable, Sendable, Codable {
        /// Written as given: a plan's text, an id, a file's name, a date as the plan writes it.
        case text(String)
        /// A whole number, grouped as the language groups digits.
        case number(Int)
        /// Items joined as the language lists them: "a, b and c", "a, b y c".
        case list([Value])
        /// A phrase worded in the same language as the sentence around it.
        case message(Message)
        /// An amount of money in cents of a currency (an ISO 4217 code), written as the
        /// language writes money: "$1,200", "$1,200.50". Exact: cents, never a binary double.
        case money(cents: Int128, currency: String)
        /// A language named by its ISO 639-1 code: `englishName` (the plan format's name for it, "Spanish")
        /// in English, the platform's name for it in any other language ("español").
        case language(code: String, englishName: String)
        /// A day as people read it, in the language's names and order: "Tue, Jan 19", "mar 19 ene";
        /// `weekday` counts from Monday (0), `month` from January (1); `year` is written only when given.
        case day(weekday: Int, month: Int, day: Int, year: String?)
    }

    /// The strings files' key; empty for English written in code, from before the message was worded.
    public let key: String
    public let count: Int?
    public let values: [String: Value]

    /// `key` is a literal so the coverage test finds every key code uses by reading the sources.
    public init(_ key: StaticString, count: Int? = nil, _ values: [String: Value] = [:]) {
        self.key = "\(key)"
        self.count = count
        self.values = values
    }

    private init(english: String) {
        key = ""
        count = nil
        values = ["text": .text(english)]
    }

    /// English written in code, not yet in the strings files: printed as it is in every language.
    /// `WordedMessagesTests` lists the files that still make such messages; the list only shrinks.
    public static func english(_ text: String) -> Message { Message(english: text) }

    /// The English text, when this message was written in code rather than worded.
    public var englishText: String? {
        guard key.isEmpty, case let .text(text)? = values["text"] else { return nil }
        return text
    }
}

extension Message.Value {
    /// A list of plain texts (ids, names), joined as the language lists them.
    public static func texts(_ items: some Sequence<String>) -> Message.Value { .list(items.map { .text($0) }) }

    /// Parts written one after another with commas, without "and": "grades 6–8, at Eastside",
    /// "'a' gets 2, 'b' gets 0". Nil for no parts.
    public static func commaSeparated(_ parts: [Message.Value]) -> Message.Value? {
        guard let first = parts.first else { return nil }
        return parts.dropFirst().reduce(first) { .message(Message("list_comma", ["first": $0, "then": $1])) }
    }

    /// Parts written one after another with semicolons: "Chromebooks, for grades 3–5; 2 more".
    public static func semicolonSeparated(_ parts: [Message.Value]) -> Message.Value? {
        guard let first = parts.first else { return nil }
        return parts.dropFirst().reduce(first) { .message(Message("list_semicolon", ["first": $0, "then": $1])) }
    }
}
