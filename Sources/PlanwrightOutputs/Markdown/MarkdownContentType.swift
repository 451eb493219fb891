import Mustache

/// `{{% CONTENT_TYPE: MARKDOWN}}` in a template: `{{name}}` shows the value as literal text
/// (`MarkdownText.escape`), as `HTML` does for HTML; `{{{name}}}` inserts text Planwright already
/// made safe Markdown (`vision_md`, `description_md`). Templates that say `TEXT` are not escaped.
struct MarkdownContentType: MustacheContentType {
    func escapeText(_ text: String) -> String { MarkdownText.escape(text) }

    /// swift-mustache looks content types up by name while it parses a template, in one
    /// process-wide table: register before any template is read. Done once, however many loads.
    static func register() { _ = registered }

    private static let registered: Void = MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
}
