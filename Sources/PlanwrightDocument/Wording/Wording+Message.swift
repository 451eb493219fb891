/// Messages worded in this language: the diagnostics, and any fact the planner hands over as a `Message`.
extension Wording {
    public func say(_ message: Message) -> String {
        if let english = message.englishText { return english }
        var filled: [String: String] = [:]
        for (name, value) in message.values { filled[name] = say(value) }
        guard let count = message.count else { return text(message.key, filled) }
        return text(message.key, count: count, filled)
    }

    public func say(_ value: Message.Value) -> String {
        switch value {
        case let .text(text): text
        case let .number(n): number(n)
        case let .list(items): list(items.map(say))
        case let .message(message): say(message)
        case let .language(code, englishName): language == "en" ? englishName : formats.languageName(code) ?? code
        }
    }
}
