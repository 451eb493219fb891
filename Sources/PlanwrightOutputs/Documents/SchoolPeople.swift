import PlanwrightDocument

import Foundation

extension PlanDocument {
    /// Every member of a school's staff with their training groups, sessions and champion, as
    /// Markdown and HTML: the long lists a one-page handout has no room for, several pages at a
    /// large school.
    static let schoolPeople = PlanDocument(scope: .eachSchool, contents: .templates(
        [Rendered(template: "people.md", path: "schools/{school}-people.md"), Rendered(template: "people.html", path: "schools/{school}-people.html")],
        about: Message("template_view_people_page"),
        view: { input in
            let index = HandoutViews.PeopleIndex(input.plan, people: input.people, words: input.wording)
            return { school in HandoutViews.people(school ?? "", in: input.plan, index: index) }
        }))

    /// The people page as the school's handout links to it: both are in `schools/`, so the link
    /// is the file's name (as `files` names the school's documents), percent-encoded so it stays one link in Markdown and HTML whatever
    /// the school's id.
    static func peoplePageLinks(school: String, names files: OutputFileNames) -> (md: String, html: String) {
        let names = schoolPeople.paths(school: school, names: files).map { path in
            String(path.split(separator: "/").last ?? "").addingPercentEncoding(withAllowedCharacters: linkCharacters) ?? ""
        }
        return (names.first { $0.hasSuffix(".md") } ?? "", names.first { $0.hasSuffix(".html") } ?? "")
    }

    /// Unreserved characters of RFC 3986, section 2.3, but `~` (Markdown strikethrough): nothing a Markdown or HTML reader takes as syntax.
    private static let linkCharacters = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._")
}
