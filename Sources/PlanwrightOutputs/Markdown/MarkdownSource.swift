import CCmarkGFM

/// Markdown written in a plan (vision, descriptions, evidence) for the Markdown handouts: its
/// formatting kept, its raw HTML not. Escaping it like a title would show a leader's lists and
/// emphasis as backslashes; copying it would publish whatever HTML it holds. So it is parsed by
/// cmark-gfm, as for the HTML handouts, and written back as CommonMark, with every piece of raw
/// HTML turned into literal text (shown, as in the file, never run; cmark's own safe option only
/// affects its HTML output) and links or images to `javascript:`-like addresses turned into
/// their text.
public enum MarkdownSource {
    public static func render(_ markdown: String) -> String {
        let options = CMARK_OPT_DEFAULT
        // Width 0: no line is re-wrapped. cmark ends the text with a newline, which keeps a
        // blank line between it and what a template puts after it, as a block scalar (`|`) did.
        return MarkdownHTML.parse(markdown, options: options) { document, _ in
            defang(document)
            return cmark_render_commonmark(document, options, 0)
        }
    }

    /// Raw HTML becomes text and unsafe links their text, in place. Nodes are collected first:
    /// replacing them while the iterator walks would free what it stands on.
    private static func defang(_ document: OpaquePointer) {
        var html: [OpaquePointer] = [], links: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(document) else { return }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator), cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HTML_INLINE, CMARK_NODE_HTML_BLOCK:
                html.append(node)
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                if let url = cmark_node_get_url(node), isUnsafe(String(cString: url)) { links.append(node) }
            default:
                break
            }
        }
        cmark_iter_free(iterator)
        for node in html { replaceWithText(node) }
        // Innermost first (the iterator met them outermost first), so each is still in the tree.
        for node in links.reversed() { replaceWithChildren(node) }
    }

    /// `[text](javascript:…)` becomes `text`; an image its description.
    private static func replaceWithChildren(_ node: OpaquePointer) {
        // cmark refuses a move the parent cannot hold; what is left goes with the link.
        while let child = cmark_node_first_child(node), cmark_node_insert_before(node, child) != 0 {}
        cmark_node_free(node)
    }

    /// Raw HTML becomes its lines as text (soft line breaks between them): in place of inline
    /// HTML, or in a paragraph in place of an HTML block. Freeing the node unlinks it, so even
    /// where cmark refused an insertion nothing of the HTML stays.
    private static func replaceWithText(_ node: OpaquePointer) {
        let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
        var pieces: [OpaquePointer] = []
        for (index, line) in literal.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }).enumerated() {
            if index > 0, let soft = cmark_node_new(CMARK_NODE_SOFTBREAK) { pieces.append(soft) }
            if let text = cmark_node_new(CMARK_NODE_TEXT) {
                cmark_node_set_literal(text, String(line))
                pieces.append(text)
            }
        }
        if cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK, let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH) {
            for piece in pieces where cmark_node_append_child(paragraph, piece) == 0 { cmark_node_free(piece) }
            if cmark_node_insert_before(node, paragraph) == 0 { cmark_node_free(paragraph) }
        } else {
            for piece in pieces where cmark_node_insert_before(node, piece) == 0 { cmark_node_free(piece) }
        }
        cmark_node_free(node)
    }

    /// The schemes cmark's HTML renderer also refuses to link to (images may be inline data).
    static func isUnsafe(_ url: String) -> Bool {
        let scheme = url.lowercased().filter { !$0.isWhitespace && !$0.isASCIIControl }
        if ["image/png", "image/gif", "image/jpeg", "image/webp"].contains(where: { scheme.hasPrefix("data:" + $0) }) { return false }
        return ["javascript:", "vbscript:", "file:", "data:"].contains { scheme.hasPrefix($0) }
    }
}

private extension Character {
    var isASCIIControl: Bool { asciiValue.map { $0 < 0x20 || $0 == 0x7F } ?? false }
}
