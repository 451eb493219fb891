import Foundation
import PlanwrightDocument
import PlanwrightPlanning

/// One output of a build, declared once: the file it writes (or one per school) and how its
/// text is made, from templates and a view or by a writer. `PlanDocuments.all` lists them.
///
/// This folder says what each output is; `Output/` is how a finished set of files reaches the
/// disk, all or nothing. Kept apart so adding a handout never touches the writing of folders.
struct PlanDocument: Sendable {
    /// The district's document is one file; a school's is one file per school, named by its id;
    /// a person's one file per member of staff, named by their staff id.
    enum Scope: Sendable {
        case district
        case eachSchool
        case eachPerson

        /// What a path writes where the id goes: `schools/{school}.ics`, `people/{person}.ics`.
        var placeholder: String? {
            switch self {
            case .district: nil
            case .eachSchool: PlanDocument.schoolPlaceholder
            case .eachPerson: PlanDocument.personPlaceholder
            }
        }

        /// The ids a document of this scope is made for, in the order its files are written; nil for the district's one file.
        func ids(in plan: ImprovementPlan) -> [String?] {
            switch self {
            case .district: [nil]
            case .eachSchool: plan.schools.map(\.id)
            case .eachPerson: plan.staff.map(\.id)
            }
        }
    }

    /// A template and the file it renders to; `{school}` in the path stands for the school's id
    /// (`{person}` for a staff id).
    struct Rendered: Sendable {
        let template: String
        let path: String
    }

    /// What every document is made from, built once per build: the plan, and its people looked
    /// up by id, which hashes every member of staff (100,000 in a state's plan).
    struct Input: Sendable {
        let plan: ImprovementPlan
        let people: PlannedPeople
        /// The file names of schools' and people's documents, decided once over all their ids.
        let schoolFiles: OutputFileNames
        let personFiles: OutputFileNames
        /// The words of the staff pages' language: every template's `t.` texts and every phrase views assemble.
        let wording: Wording
        /// The words of each language family pages are made in, read once, English first; a
        /// language without a strings file is left out, and `wordingProblems` says so.
        let wordings: [Wording]
        /// Why a language of the plan has no words: its strings file is missing or broken.
        let wordingProblems: [Diagnostic]

        /// `templates`: the district's templates folder, whose `strings/` may add languages.
        init(_ plan: ImprovementPlan, wording: Wording = .english, templates: URL? = nil) {
            self.plan = plan
            self.wording = wording
            people = PlannedPeople(plan)
            schoolFiles = OutputFileNames(plan.schools.lazy.map(\.id), endings: PlanDocuments.nameEndings(.eachSchool, languages: plan.families.languages))
            personFiles = OutputFileNames(plan.staff.lazy.map(\.id), endings: PlanDocuments.nameEndings(.eachPerson))
            let loaded = plan.families.languages.map { $0 == "en" && templates == nil ? Checked(Wording.english) : Wording.load(language: $0, overrides: templates) }
            wordings = loaded.compactMap(\.value)
            wordingProblems = loaded.flatMap(\.diagnostics)
        }

        /// The names for documents of `scope`; nil for the district's, which are named once.
        func fileNames(_ scope: Scope) -> OutputFileNames? {
            switch scope {
            case .district: nil
            case .eachSchool: schoolFiles
            case .eachPerson: personFiles
            }
        }
    }

    /// Work over the whole plan is done once (`prepare`), then each school's text is made from it,
    /// so a plan of thousands of schools does not look through the plan again for every one.
    enum Contents: Sendable {
        /// Templates sharing one view; `about` names the view in messages (`template_view_school_handout`, "the school handout").
        case templates([Rendered], about: Message, view: @Sendable (Input) -> @Sendable (_ school: String?) -> HandoutViews.View)
        /// Templates rendered once for each language family pages are made in (`{lang}` in the
        /// path), with a view per school and language, for the schools `isFor` admits (student
        /// pages are for secondary schools).
        case translated([Rendered], about: Message, isFor: @Sendable (ImprovementPlan, _ school: String) -> Bool,
                        view: @Sendable (Input) -> @Sendable (_ school: String, _ words: Wording) -> HandoutViews.View)
        /// Text written from the plan: a calendar, a spreadsheet, JSON. An error is reported, and the build writes nothing.
        case text(path: String, write: @Sendable (Input) -> @Sendable (_ school: String?) throws -> String)
    }

    let scope: Scope
    let contents: Contents

    static let schoolPlaceholder = "{school}"
    static let personPlaceholder = "{person}"
    /// Where a translated document's path has its language code.
    static let languagePlaceholder = "{lang}"

    /// Paths relative to the output folder, in the order they are written, for the school or
    /// person `school` with its file name taken from `input`.
    func paths(school: String?, in input: Input) -> [String] {
        guard case let .translated(_, _, isFor, _) = contents else { return paths(school: school, names: input.fileNames(scope)) }
        guard let school, isFor(input.plan, school) else { return [] }
        return input.wordings.flatMap { words in
            paths(school: school, names: input.fileNames(scope)).map { $0.replacingOccurrences(of: Self.languagePlaceholder, with: words.language) }
        }
    }

    func paths(school: String?, names: OutputFileNames?) -> [String] {
        patterns.map { path($0, school: school, names: names) }
    }

    /// The paths as declared, with `{school}` or `{person}` where the id's file name goes.
    var patterns: [String] {
        switch contents {
        case let .templates(rendered, _, _), let .translated(rendered, _, _, _): rendered.map(\.path)
        case let .text(path, _): [path]
        }
    }

    /// The templates this document renders, which every template set must have.
    var templates: [String] {
        switch contents {
        case let .templates(rendered, _, _), let .translated(rendered, _, _, _): rendered.map(\.template)
        case .text: []
        }
    }

    /// Prepares the document for a plan; the result makes the files of one school (or, given
    /// nil, the district's).
    func prepare(_ input: Input, templates set: TemplateSet) -> @Sendable (_ school: String?) -> Made {
        let names = input.fileNames(scope)
        switch contents {
        case let .templates(rendered, about, view):
            let build = view(input)
            return { school in
                let view = build(school)
                return rendered.reduce(into: Made()) { made, file in
                    let output = set.render(file.template, view, about: about, wording: input.wording)
                    made.files.append((path(file.path, school: school, names: names), output.text))
                    made.diagnostics += output.diagnostics
                }
            }
        case let .translated(rendered, about, isFor, view):
            let build = view(input)
            return { school in
                guard let school, isFor(input.plan, school) else { return Made() }
                return input.wordings.reduce(into: Made()) { made, words in
                    let view = build(school, words)
                    for file in rendered {
                        let output = set.render(file.template, view, about: about, wording: words)
                        let path = path(file.path, school: school, names: names).replacingOccurrences(of: Self.languagePlaceholder, with: words.language)
                        made.files.append((path, output.text))
                        made.diagnostics += output.diagnostics
                    }
                }
            }
        case let .text(path, write):
            let writer = write(input)
            return { school in
                do {
                    return Made(files: [(self.path(path, school: school, names: names), try writer(school))])
                } catch {
                    // An error, so `build` writes nothing rather than a half-made file (a plan.json of `{}`).
                    let message = (error as? PlanJSON.Failure)?.message ?? Message("json_cannot_encode", ["reason": .text(Excerpt.of("\(error)"))])
                    return Made(diagnostics: [.error(message, at: nil)])
                }
            }
        }
    }

    struct Made {
        var files: [(path: String, contents: String)] = []
        var diagnostics: [Diagnostic] = []
    }

    private func path(_ pattern: String, school id: String?, names: OutputFileNames?) -> String {
        guard let id, let placeholder = scope.placeholder, let names else { return pattern }
        return pattern.replacingOccurrences(of: placeholder, with: names(id))
    }

    /// An id as a file name: letters, digits, `-`, `_` and `.` as they are (every id the plan
    /// file's grammar allows), any other byte `%XX`, and a leading `.` too. No `/`, no control
    /// character, never `.` or `..`, never hidden: an id, even one imported from OneRoster,
    /// names a file inside its folder and cannot reach outside it; distinct ids stay distinct.
    /// `OutputFileNames` keeps it within 255 bytes and apart from ids differing only in case.
    static func fileName(_ id: String) -> String {
        let name = ICalendarText.uidPart(id)
        return name.hasPrefix(".") ? "%2E" + name.dropFirst() : name
    }
}
