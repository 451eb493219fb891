/// A web address, an email address or a phone number from the plan, as a link a reader can
/// follow on a family or student page: families open these pages on phones, where a feedback
/// survey they can tap is one they answer.
///
/// A plan is often someone else's file, so only the web, email and phone are ever linked
/// (`http`, `https`, `mailto`, `tel`): a `javascript:` or `data:` address, or one with a space, a
/// quote or an angle bracket that could end the link early, is shown as text, exactly as written.
/// The address stays the link's visible text, so a printed page still says where to go.
enum ContactLinks {
    /// The schemes a page links, in lower case (a scheme is compared ignoring case, RFC 3986 §3.1).
    static let schemes: Set<String> = ["http", "https", "mailto", "tel"]

    /// `url` when a page may link it as written: one of `schemes`, then something to reach (a
    /// host after `http://`), and no character that would end an HTML attribute or a Markdown
    /// autolink (CommonMark §6.5: no space, control character, `<` or `>`).
    static func linkable(_ url: String) -> String? {
        guard let colon = url.firstIndex(of: ":"), schemes.contains(url[..<colon].lowercased()),
              url.unicodeScalars.allSatisfy(isAllowed) else { return nil }
        let rest = url[url.index(after: colon)...]
        switch url[..<colon].lowercased() {
        case "http", "https": return rest.hasPrefix("//") && rest.count > 2 && !rest.dropFirst(2).hasPrefix("/") ? url : nil
        default: return rest.isEmpty ? nil : url
        }
    }

    /// An email address CommonMark's email autolinks read whole (§6.5), which is also what a
    /// `mailto:` link may hold without encoding: `name@school.example`.
    static func email(_ address: String) -> String? {
        let pattern = /[A-Za-z0-9.!#$%&'*+\/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*/
        return address.wholeMatch(of: pattern) == nil ? nil : address
    }

    /// `tel:` and the number's digits (a leading `+` kept) when the phone is written with
    /// digits, spaces, brackets, dots and dashes only: "(555) 014-2200" calls tel:5550142200.
    /// A number with words ("ext. 12", "ask for Ana") is shown as text, as the link could not say them.
    static func phone(_ number: String) -> String? {
        let digits = number.filter(\.isASCIIDigit)
        guard digits.count >= 3, number.allSatisfy({ $0.isASCIIDigit || " ()-.+".contains($0) }),
              !number.dropFirst(number.first == "+" ? 1 : 0).contains("+") else { return nil }
        return "tel:" + (number.first == "+" ? "+" : "") + digits
    }

    /// `<a href="…">shown</a>`, both escaped; only `shown`, escaped, when there is no link.
    static func html(_ shown: String, href: String?) -> String {
        guard let href else { return SVGCharts.xml(shown) }
        return "<a href=\"\(SVGCharts.xml(href))\">\(SVGCharts.xml(shown))</a>"
    }

    /// An autolink (`<https://…>`, `<name@school.example>`) when `link` is the address shown;
    /// otherwise the text, escaped as any plan text in Markdown.
    static func markdown(_ shown: String, link: String?) -> String {
        link == shown ? "<\(shown)>" : MarkdownText.escape(shown)
    }

    /// Printable, and none of what ends an attribute or an autolink or is read as an escape.
    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value > 0x20 && scalar.value != 0x7F && !(0x80...0x9F).contains(scalar.value)
            && !"<>\"'`\\".unicodeScalars.contains(scalar) && !scalar.properties.isWhitespace
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
