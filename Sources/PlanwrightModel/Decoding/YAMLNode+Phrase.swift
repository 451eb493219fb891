import PlanwrightDocument

extension YAMLNode {
    /// What was found where something else was expected, in the reader's language:
    /// "nothing", "the text 'x'", "a list", "a set of keys" (the words of `kindDescription`).
    var kindPhrase: Message {
        switch kind {
        case .scalar: isNull ? Message("decode_found_nothing") : Message("decode_found_text", ["text": .text(Excerpt.of(scalar ?? ""))])
        case .sequence: Message("decode_found_list")
        case .mapping: Message("decode_found_keys")
        }
    }

    /// The text quoted when there is text ("'x'"), otherwise what kind of value it is.
    var foundPhrase: Message {
        scalar.map { Message("decode_quoted", ["text": .text(Excerpt.of($0))]) } ?? kindPhrase
    }
}
