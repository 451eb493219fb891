import PlanwrightDocument

extension PlanDocument {
    /// A page per school for its families, in each language family pages are made in: what
    /// changes for students and when, and how to get help, in plain words (see `FamilyPlanner`
    /// for what it may show).
    static let familyPage = PlanDocument(scope: .eachSchool, contents: .translated(
        [Rendered(template: "family.md", path: "schools/{school}-family.{lang}.md"),
         Rendered(template: "family.html", path: "schools/{school}-family.{lang}.html")],
        about: Message("template_view_family_page"), isFor: { _, _ in true },
        view: { input in
            let index = HandoutViews.FamilyIndex(input.plan, schoolFiles: input.schoolFiles, wordings: input.wordings)
            return { school, words in HandoutViews.family(school, words: words, audience: .families, in: input.plan, index: index) }
        }))

    /// The short version for students, at schools teaching grade 7 or above.
    static let studentPage = PlanDocument(scope: .eachSchool, contents: .translated(
        [Rendered(template: "student.md", path: "schools/{school}-students.{lang}.md"),
         Rendered(template: "student.html", path: "schools/{school}-students.{lang}.html")],
        about: Message("template_view_student_page"), isFor: { plan, school in plan.families.schools[school]?.hasStudentPage == true },
        view: { input in
            let index = HandoutViews.FamilyIndex(input.plan, schoolFiles: input.schoolFiles, wordings: input.wordings)
            return { school, words in HandoutViews.family(school, words: words, audience: .students, in: input.plan, index: index) }
        }))
}
