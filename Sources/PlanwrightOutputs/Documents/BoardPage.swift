import PlanwrightDocument

extension PlanDocument {
    /// The board's one district summary, as Markdown and HTML: vision, this year's priorities,
    /// progress, the budget in a few lines and the decisions waiting; two printed pages at most.
    static let boardPage = PlanDocument(scope: .district, contents: .templates(
        [Rendered(template: "board.md", path: "board.md"), Rendered(template: "board.html", path: "board.html")],
        about: Message("template_view_board_page"),
        view: { input in
            let view = HandoutViews.board(input.plan, wording: input.wording)
            return { _ in view }
        }))
}
