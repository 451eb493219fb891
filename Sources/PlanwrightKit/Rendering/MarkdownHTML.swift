import CCmarkGFM

/// Markdown written in a plan (vision, descriptions, evidence) as HTML, through cmark-gfm:
/// GitHub's tables, strikethrough and autolinks, and no raw HTML (cmark omits it unless
/// told it is safe), so text from a plan file cannot inject markup into a handout.
public enum MarkdownHTML {
    public static func render(_ markdown: String) -> String {
        cmark_gfm_core_extensions_ensure_registered()
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_SMART
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
        guard let html = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }
}

import Foundation
