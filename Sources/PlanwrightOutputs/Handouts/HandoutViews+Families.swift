import PlanwrightDocument
import PlanwrightModel
import PlanwrightPlanning

/// The family and student pages' views: only what `FamilyPlanner` lets families see (its
/// `for_families` text, or a step's kind of change and dates), help, and the principal's name;
/// never a staff name beyond the principal, a title, a warning or a budget line.
extension HandoutViews {
    enum Audience: Sendable { case families, students }

    /// The most steps a page lists, the next ones first, so it stays one printed page.
    static let familySteps = 8

    /// Built once per build: the schools by id, and each page language's words.
    struct FamilyIndex: Sendable {
        let schoolFiles: OutputFileNames
        let schools: [String: PlannedSchool]
        /// The languages pages are made in, with their words, English first.
        let wordings: [Wording]

        init(_ p: ImprovementPlan, schoolFiles: OutputFileNames, wordings: [Wording]) {
            self.schoolFiles = schoolFiles
            self.wordings = wordings
            schools = Dictionary(p.schools.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        }
    }

    /// The page of school `id` in the language of `words`, one of `index.wordings`.
    static func family(_ id: String, words: Wording, audience: Audience, in p: ImprovementPlan, index: FamilyIndex) -> View {
        // Documents are made for the plan's own schools only, as the school handout is.
        let school = index.schools[id]!
        return View(familyFields(school, words: words, audience: audience, in: p, index: index))
    }

    private static func familyFields(_ school: PlannedSchool, words w: Wording, audience: Audience, in p: ImprovementPlan, index: FamilyIndex) -> Fields {
        let facts = p.families.schools[school.id]
        // Whether every piece of plan text shown was in the page's language: if not, the page says so.
        var translated = true
        func text(_ localized: LocalizedText) -> String {
            let (text, inLanguage) = localized.text(in: w.language)
            translated = translated && inLanguage
            return text
        }
        let name = facts?.name.map(text) ?? school.name
        if facts?.name == nil && w.language != LocalizedText.planLanguage && p.families.schools.values.contains(where: { $0.name != nil }) {
            // Other schools' names are translated, this one's is not: said like any other English.
            translated = false
        }
        // A goal is told where it has work: its own steps at the school, whatever their kind.
        let here = Set(p.milestones.filter { $0.isFor(school) }.compactMap(\.goal))
        // Students read neither goals nor the feedback line: their text is not asked for, so a
        // missing translation of it never puts the note on their page.
        let goals: [Fields] = audience == .students ? [] : p.goals.filter { here.contains($0.id) }.compactMap { goal in
            p.families.goals[goal.id].map { markdown(text($0)) }
        }
        let steps = familySteps(at: school, in: p)
        // Steps are in date order, so a month's steps are neighbours.
        let byMonth = steps.reduce(into: [[(milestone: ScheduledMilestone, facts: FamilyMilestone)]]()) { months, step in
            let month = step.milestone.start.components.year * 12 + step.milestone.start.components.month
            if let last = months.last?.first, last.milestone.start.components.year * 12 + last.milestone.start.components.month == month {
                months[months.count - 1].append(step)
            } else {
                months.append([step])
            }
        }
        let months: [Fields] = byMonth
            .map { steps in
                [.name: w.monthHeading(steps[0].milestone.start),
                 .changes: steps.map { step -> Fields in
                     let m = step.milestone
                     let dates = step.facts.stage == .everyone ? w(.familyFrom, ["date": w.day(m.start)])
                         : w(.familySpan, ["start": w.day(m.start), "end": w.day(m.end)])
                     // Students read the kind of change in their own words: `for_families` speaks to parents.
                     let written = audience == .families ? step.facts.forFamilies.map { text($0) } : nil
                     let said = written ?? w(audience.sentence(step.facts))
                     return markdown(said, plain: written == nil).merging([.dates: dates]) { $1 }
                 }]
            }
        let help = (facts?.help ?? []).filter { $0.what != .feedback }.map { helpFields($0, words: w, text: text) }
        let feedback = audience == .students ? [] : (facts?.help ?? []).filter { $0.what == .feedback }.map { helpFields($0, words: w, text: text) }
        let others: [Fields] = index.wordings.filter { $0.language != w.language }.map { other in
            let file = "\(index.schoolFiles(school.id))-\(audience.fileWord).\(other.language)"
            return [.name: other(.languageName), .language: other.language, .linkHtml: file + ".html", .linkMd: file + ".md"]
        }
        return [
            .language: w.language,
            .title: w(audience.title, ["school": name]), .school: name, .district: p.district,
            .intro: w(audience.intro, ["school": name]),
            .principal: school.principal.map { w(.familyPrincipal, ["name": $0]) } ?? "", .hasPrincipal: school.principal != nil,
            .goals: goals, .hasGoals: !goals.isEmpty,
            .months: months, .hasChanges: !months.isEmpty,
            .help: help, .hasHelp: !help.isEmpty,
            .feedback: feedback, .hasFeedback: !feedback.isEmpty,
            .languages: others, .hasLanguages: !others.isEmpty,
            .notTranslated: !translated,
            .footer: w(.familyFooter, ["district": p.district]),
        ]
    }

    /// The school's steps families are told of, the ones still to come first (then by date),
    /// at most `familySteps`, shown in date order.
    private static func familySteps(at school: PlannedSchool, in p: ImprovementPlan) -> [(milestone: ScheduledMilestone, facts: FamilyMilestone)] {
        let asOf = p.progress.asOf
        let all = p.milestones.compactMap { m in p.families.milestones[m.id].flatMap { m.isFor(school) ? (m, $0) : nil } }
        let kept = (all.filter { $0.0.end >= asOf } + all.filter { $0.0.end < asOf }.reversed()).prefix(familySteps)
        return all.filter { step in kept.contains { $0.0.id == step.0.id } }.map { (milestone: $0.0, facts: $0.1) }
    }

    /// Plan Markdown for families, or one of the page's own sentences (`plain`), in both forms.
    private static func markdown(_ text: String, plain: Bool = false) -> Fields {
        plain ? [.text: text, .textHtml: "", .textMd: "", .hasText: false]
            : [.text: "", .textHtml: inline(trimmed(MarkdownHTML.render(text))), .textMd: trimmed(MarkdownSource.render(text)), .hasText: true]
    }

    /// One paragraph without its `<p>`, so it follows a list item's date on its line.
    private static func inline(_ html: String) -> String {
        guard html.hasPrefix("<p>"), html.hasSuffix("</p>"), html.components(separatedBy: "<p>").count == 2 else { return html }
        return String(html.dropFirst(3).dropLast(4))
    }

    /// Rendered Markdown without the line breaks that end it, which the templates place themselves.
    private static func trimmed(_ text: String) -> String {
        String(text.reversed().drop { $0 == "\n" }.reversed())
    }

    private static func helpFields(_ help: FamilyHelp, words w: Wording, text: (LocalizedText) -> String) -> Fields {
        let said = help.text.map(text) ?? ""
        let phone = help.phone ?? "", url = help.url ?? "", email = help.email ?? ""
        let web = ContactLinks.linkable(url), mail = ContactLinks.email(email)
        return [.heading: w(help.what.heading), .text: said, .hasText: !said.isEmpty,
                .phone: phone, .hasPhone: help.phone != nil, .phoneHtml: ContactLinks.html(phone, href: ContactLinks.phone(phone)),
                .url: url, .hasUrl: help.url != nil, .urlHtml: ContactLinks.html(url, href: web), .urlMd: ContactLinks.markdown(url, link: web),
                .email: email, .hasEmail: help.email != nil,
                .emailHtml: ContactLinks.html(email, href: mail.map { "mailto:" + $0 }), .emailMd: ContactLinks.markdown(email, link: mail)]
    }
}
