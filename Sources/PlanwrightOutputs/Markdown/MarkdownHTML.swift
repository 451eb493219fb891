import CCmarkGFM
import Foundation

/// Markdown written in a plan (vision, descriptions, evidence) as HTML, through cmark-gfm:
/// GitHub's tables, strikethrough and autolinks, and no raw HTML (cmark omits it unless
/// told it is safe), so text from a plan file cannot inject markup into a handout.
public enum MarkdownHTML {
    public static func render(_ markdown: String) -> String {
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_SMART
        return parse(markdown, options: options) { document, parser in
            cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser))
        }
    }

    /// Parses `markdown` with the extensions handouts use and renders the document with
    /// `render`, which returns a C string this function frees; "" if cmark fails.
    static func parse(_ markdown: String, options: Int32,
                      render: (OpaquePointer, OpaquePointer) -> UnsafeMutablePointer<CChar>?) -> String {
        cmark_gfm_core_extensions_ensure_registered()
        guard let parser = cmark_parser_new(options) else { return "" }
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough", "autolink"] {
            if let extension_ = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, extension_) }
        }
        var bytes = Array(markdown.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { cmark_parser_feed(parser, $0, buffer.count) }
            }
        }
        guard let document = cmark_parser_finish(parser) else { return "" }
        defer { cmark_node_free(document) }
        guard let text = render(document, parser) else { return "" }
        defer { free(text) }
        return String(cString: text)
    }
}
