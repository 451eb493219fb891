import PlanwrightModel

/// The plan `planwright init` writes: every section of the format with its keys explained (from
/// the same `PlanShapes` docs the decoder and the schema use), a skeleton school year, people and
/// goal, and every indicator of the framework listed for rating with its levels described.
///
/// Required values are left blank: `planwright check` on the untouched file lists each one at its
/// line, saying what to fill in. Optional keys are shown commented out, with an example.
public enum PlanSkeleton {
    public static func render(framework: Framework, reference: String, district: String?) -> String {
        var out = CommentedYAML()
        header(&out, framework)
        out.entry("planwright: 1", indent: 0, comment: doc(PlanShapes.plan, "planwright"))
        districtSection(&out, district)
        section(&out, "framework")
        out.entry("framework: \(CommentedYAML.scalar(reference))", indent: 0, comment: framework.name)
        yearSection(&out)
        assessmentSection(&out, framework)
        peopleSections(&out)
        goalsSection(&out, framework)
        settingsSections(&out)
        return out.text
    }

    private static func header(_ out: inout CommentedYAML, _ framework: Framework) {
        out.comment("A continuous-improvement plan rated against \(framework.name), written by `planwright init`.", indent: 0)
        out.comment("", indent: 0)
        out.comment("Fill in every key left empty (nothing after its ':'), then check the plan with", indent: 0)
        out.comment("    planwright check FILE", indent: 0, wrapped: false)
        out.comment("which lists each value still to fill in, at its line. Dates are written YYYY-MM-DD. Lines starting with '#' are comments; remove the '#' of an optional key to use it.", indent: 0)
        out.comment("", indent: 0)
        out.comment("For help while typing in editors with the YAML language server (such as VS Code's YAML extension), write the schema beside this file with `planwright schema > planwright-plan.schema.json` and make this the first line:", indent: 0)
        out.comment("    # yaml-language-server: $schema=planwright-plan.schema.json", indent: 0, wrapped: false)
        out.blankLine()
    }

    private static func districtSection(_ out: inout CommentedYAML, _ name: String?) {
        let shape = PlanShapes.district
        section(&out, "district")
        out.entry("district:", indent: 0)
        out.entry("name:" + (name.map { " " + CommentedYAML.scalar($0) } ?? ""), indent: 2, comment: doc(shape, "name"))
        required(&out, shape, "vision", indent: 2)
        out.comment("A paragraph or a list: write `vision: |` and the text on the lines below it, indented.", indent: 2)
        out.comment(doc(shape, "team"), indent: 2)
        out.entry("team:", indent: 2)
        let member = PlanShapes.teamMember
        required(&out, member, "name", indent: 6, item: true)
        required(&out, member, "role", indent: 6)
        optional(&out, member, "email", indent: 6)
        optional(&out, member, "staff", indent: 6, example: "t-014")
    }

    private static func yearSection(_ out: inout CommentedYAML) {
        let shape = PlanShapes.year
        section(&out, "year")
        out.entry("year:", indent: 0)
        required(&out, shape, "start", indent: 2)
        required(&out, shape, "end", indent: 2)
        optional(&out, shape, "min_instructional_days", indent: 2, example: "180")
        optional(&out, shape, "closed", indent: 2, example: "[2026-09-07, { name: Winter break, from: 2026-12-21, to: 2027-01-01 }]")
        optional(&out, shape, "testing", indent: 2, example: "[{ name: State testing, from: 2027-04-19, to: 2027-05-07 }]")
        optional(&out, shape, "pd_days", indent: 2, example: "[{ name: Fall PD day, on: 2026-10-09, place: Lincoln library, time: \"08:00-15:00\" }]")
        optional(&out, shape, "early_release", indent: 2, example: "{ day: wednesday, time: \"13:30-15:00\" }")
        optional(&out, shape, "cycles", indent: 2, example: "3")
    }

    private static func assessmentSection(_ out: inout CommentedYAML, _ framework: Framework) {
        let shape = PlanShapes.assessment, rating = PlanShapes.rating, scale = framework.scale
        section(&out, "assessment")
        out.entry("assessment:", indent: 0)
        required(&out, shape, "date", indent: 2)
        out.comment("\(doc(shape, "ratings")) Each indicator of \(framework.name) is listed below, its levels described above it.", indent: 2)
        let levels = scale.levels.enumerated().map { "\(scale.firstNumber + $0.offset) \($0.element)" }.joined(separator: ", ")
        out.comment("current: \(doc(rating, "current")) Write its number or its name: \(levels).", indent: 2, hanging: 2)
        for key in ["target", "evidence", "raters", "schools"] {
            out.comment("\(key): \(doc(rating, key))\(rating.field(key)?.required == false ? " Optional." : "")", indent: 2, hanging: 2)
        }
        out.entry("ratings:", indent: 2)
        for domain in framework.domains {
            out.blankLine()
            out.comment("\(domain.name)", indent: 4)
            for indicator in domain.indicators {
                out.entry("\(indicator.id):", indent: 4, comment: indicator.name)
                for (index, description) in indicator.levels.enumerated() {
                    let number = scale.firstNumber + index
                    out.comment("\(number) \(scale.name(of: Level(index))): \(description)", indent: 6, hanging: 2)
                }
                out.entry("current:", indent: 6)
                out.entry("target:", indent: 6)
                out.entry("evidence:", indent: 6)
            }
        }
    }

    private static func peopleSections(_ out: inout CommentedYAML) {
        let school = PlanShapes.school
        section(&out, "schools")
        out.comment("Or read schools and staff from a OneRoster export: `schools: { oneroster: folder }`, and no 'staff'.", indent: 0)
        out.entry("schools:", indent: 0)
        required(&out, school, "id", indent: 4, item: true)
        required(&out, school, "name", indent: 4)
        optional(&out, school, "grades", indent: 4, example: "K-5")
        optional(&out, school, "needs_support", indent: 4, example: "[bandwidth]")
        optional(&out, school, "principal", indent: 4)
        optional(&out, school, "students", indent: 4, example: "412")

        let member = PlanShapes.staffMember
        section(&out, "staff")
        out.entry("staff:", indent: 0)
        required(&out, member, "id", indent: 4, item: true)
        required(&out, member, "name", indent: 4)
        required(&out, member, "school", indent: 4)
        optional(&out, member, "role", indent: 4, example: "teacher")
        optional(&out, member, "subjects", indent: 4, example: "[math, science]")
        optional(&out, member, "grades", indent: 4, example: "[3, 4]")
        optional(&out, member, "comfort", indent: 4, example: "3")
        optional(&out, member, "champion", indent: 4, example: "volunteer")
        optional(&out, member, "email", indent: 4)
    }

    private static func goalsSection(_ out: inout CommentedYAML, _ framework: Framework) {
        let goal = PlanShapes.goal
        section(&out, "goals")
        out.entry("goals:", indent: 0)
        required(&out, goal, "id", indent: 4, item: true)
        required(&out, goal, "title", indent: 4)
        let example = framework.indicators.first.map { " Such as [\($0.id)]." } ?? ""
        out.entry("indicators: []", indent: 4, comment: doc(goal, "indicators") + example)
        optional(&out, goal, "owner", indent: 4)
        optional(&out, goal, "tool", indent: 4, example: "canvas")
        optional(&out, goal, "grades", indent: 4, example: "6-12")
        optional(&out, goal, "schools", indent: 4, example: "[lincoln, adams]")
        optional(&out, goal, "measures", indent: 4,
                 example: "[{ name: Teachers posting in the LMS weekly, unit: percent, baseline: 35, target: 80, by: 2027-05-28, kind: utilization }]")
        optional(&out, goal, "costs", indent: 4,
                 example: "[{ item: LMS licences, category: software, amount: 4.50, per: student, every: year, funding: general-fund }]")
        out.comment(doc(goal, "milestones"), indent: 4)
        out.entry("milestones:", indent: 4)
        let milestone = PlanShapes.milestone
        required(&out, milestone, "id", indent: 8, item: true)
        required(&out, milestone, "title", indent: 8)
        required(&out, milestone, "days", indent: 8)
        optional(&out, milestone, "after", indent: 8, example: "[lms-config]")
        optional(&out, milestone, "kind", indent: 8, example: "pilot")
        optional(&out, milestone, "not_before", indent: 8, example: "2026-09-14")
        optional(&out, milestone, "due", indent: 8, example: "2026-12-18")
        optional(&out, milestone, "owner", indent: 8)
        optional(&out, milestone, "roles", indent: 8, example: "[teacher]")
        optional(&out, milestone, "costs", indent: 8, example: "[{ item: Access points, category: infrastructure, amount: 875, per: device, count: 24, funding: erate-c2 }]")
    }

    /// The optional sections, commented out with their defaults.
    private static func settingsSections(_ out: inout CommentedYAML) {
        out.blankLine()
        out.comment("Optional settings; the values shown are the defaults.", indent: 0)
        out.entry("# focus:", indent: 0, comment: doc(PlanShapes.plan, "focus"))
        optional(&out, PlanShapes.focus, "per_cycle", indent: 2, example: "3")
        out.entry("# training:", indent: 0, comment: doc(PlanShapes.plan, "training"))
        optional(&out, PlanShapes.training, "max_group", indent: 2, example: "12")
        optional(&out, PlanShapes.training, "held", indent: 2, example: "[]")
        optional(&out, PlanShapes.training, "costs", indent: 2, example: "{ participant: 35, facilitator: 50, funding: title-iv-a }")
        out.entry("# champions:", indent: 0, comment: doc(PlanShapes.plan, "champions"))
        optional(&out, PlanShapes.champions, "max_colleagues", indent: 2, example: "6")
        optional(&out, PlanShapes.champions, "min_comfort", indent: 2, example: "4")
        optional(&out, PlanShapes.champions, "max_per_school", indent: 2, example: "4")
        optional(&out, PlanShapes.champions, "stipend", indent: 2, example: "{ amount: 500, funding: general-fund }")
        budgetSections(&out)
        voicesSection(&out)
        toolsSection(&out)
    }

    /// The tool inventory, commented out: what the district has, how each tool connects and
    /// whether it is used, so a new tool is weighed against the ones already there.
    private static func toolsSection(_ out: inout CommentedYAML) {
        out.blankLine()
        out.comment("The district's tools: integration over addition, so a new tool is weighed against the ones it has.", indent: 0)
        out.entry("# tools:", indent: 0, comment: doc(PlanShapes.plan, "tools"))
        optional(&out, PlanShapes.tools, "low_utilization", indent: 2, example: "\(ToolInventory.defaultLowUtilization)")
        out.entry("#   inventory:", indent: 0, comment: doc(PlanShapes.tools, "inventory"))
        out.entry("#     - { id: canvas, name: Canvas, purpose: lms, grades: 3-12, licences: 2400, active_users: [{ date: 2026-10-01, value: 1650 }], integration: { sso: yes, oneroster: yes, lti: yes, grade_passback: planned }, privacy: { agreement: signed, expires: 2028-06-30 }, cost: 18400, funding: general-fund, renewal: 2027-07-01 }", indent: 0)
        out.entry("#     - { id: seesaw, name: Seesaw, purpose: lms, grades: K-2, licences: 400, integration: { sso: yes, oneroster: no }, privacy: { agreement: pending }, cost: 4200, funding: general-fund, renewal: 2027-03-01, decision: { action: retire, by: 2027-04-16 } }", indent: 0)
    }

    /// Stakeholder surveys, commented out: a forms export per group, its columns mapped to indicators.
    private static func voicesSection(_ out: inout CommentedYAML) {
        out.blankLine()
        out.comment("What teachers, students and families said: survey exports set beside the team's ratings.", indent: 0)
        out.entry("# voices:", indent: 0, comment: doc(PlanShapes.plan, "voices"))
        optional(&out, PlanShapes.voices, "min_responses", indent: 2, example: "5")
        out.entry("#   surveys:", indent: 0, comment: doc(PlanShapes.voices, "surveys"))
        out.entry("#     - { file: surveys/teachers.csv, group: teachers, school_column: \"Which school?\", scale: { Disagree: 2, Agree: 3 }, questions: { \"My PLC plans lessons together\": collaborative-teams, \"Anything else?\": \(PlanShapes.freeText) } }", indent: 0)
    }

    /// The budget, commented out: plan and budget infrastructure, support and training
    /// together (pitfall 1), with the money's rules written where the planner can enforce them.
    private static func budgetSections(_ out: inout CommentedYAML) {
        out.blankLine()
        out.comment("The budget: what the work costs, who pays, and the rules the money comes with.", indent: 0)
        out.entry("# budget:", indent: 0, comment: doc(PlanShapes.plan, "budget"))
        optional(&out, PlanShapes.budget, "currency", indent: 2, example: "USD")
        optional(&out, PlanShapes.budget, "fiscal_year_start", indent: 2, example: "07-01")
        optional(&out, PlanShapes.budget, "years", indent: 2, example: "5")
        out.entry("# funding:", indent: 0, comment: doc(PlanShapes.plan, "funding"))
        out.entry("#   - { id: general-fund, name: General fund, amount: 95000 }", indent: 0)
        // Title IV-A as the statute writes it: the technology part, with at most 15% of it for infrastructure.
        out.entry("#   - { id: title-iv-a, name: Title IV-A, amount: 64000, restrictions: { purposes: [{ id: technology, name: Effective use of technology, share: 60%, categories: [devices, software, training, stipends], caps: [{ categories: [devices, infrastructure, software], at_most: 15% }] }] } }", indent: 0)
        // E-Rate Category 2, FY2026-FY2030: the district's pooled pre-discount budget; E-Rate pays its discount.
        out.entry("#   - { id: erate-c2, name: E-Rate Category 2, restrictions: { per_student: { amount: 201.57, floor: 30175 }, discount: 70%, rest_paid_by: general-fund } }", indent: 0)
        out.entry("#   - { id: state-grant, name: State digital-learning grant, total: 40000, from: FY2027, to: FY2028, restrictions: { ends: 2028-06-30 } }", indent: 0)
        out.entry("# support:", indent: 0, comment: doc(PlanShapes.plan, "support"))
        out.entry("#   - { what: On-site technician, schools: [riverside], days_per_week: 2, cost_per_day: 310, funding: general-fund }", indent: 0)
    }

    // MARK: Lines from the shapes

    /// A blank line and the top-level key's doc above it.
    private static func section(_ out: inout CommentedYAML, _ key: String) {
        out.blankLine()
        out.comment(doc(PlanShapes.plan, key), indent: 0)
    }

    /// `key:` left blank, with its doc beside it; `item` starts a list item (`- key:`).
    private static func required(_ out: inout CommentedYAML, _ shape: MappingShape, _ key: String, indent: Int, item: Bool = false) {
        out.entry((item ? "- " : "") + "\(key):", indent: item ? indent - 2 : indent, comment: doc(shape, key))
    }

    /// `# key: example`, with its doc (and the words it may take) beside it.
    private static func optional(_ out: inout CommentedYAML, _ shape: MappingShape, _ key: String, indent: Int, example: String? = nil) {
        var comment = doc(shape, key)
        if case let .choice(words)? = shape.field(key)?.shape, !words.allSatisfy(comment.contains) {
            comment = "One of \(words.joined(separator: ", ")). " + comment
        }
        out.entry("# \(key):" + (example.map { " " + $0 } ?? ""), indent: indent, comment: comment)
    }

    /// The documentation of a key, as the decoder and the schema have it.
    private static func doc(_ shape: MappingShape, _ key: String) -> String {
        guard let field = shape.field(key) else { preconditionFailure("'\(key)' is not a key of \(shape.noun)") }
        return field.doc
    }
}
