import Foundation
import PlanwrightDocument

/// Turns a loaded plan document into a `Plan`, reporting every problem it finds.
///
/// Decoding reads each section as its shape says; `PlanValidator` then checks what
/// spans sections (references, dates against the calendar, circular dependencies).
final class PlanDecoder {
    let reader = NodeReader()
    let file: String
    let frameworks: FrameworkLibrary
    /// Framework files read on the way, so their problems can be quoted too.
    private(set) var sources: [SourceText] = []
    /// The framework's rating scale; the reader keeps it, to say which levels an empty rating may take.
    var scale: RatingScale? {
        get { reader.scale }
        set { reader.scale = newValue }
    }
    var incomplete = IncompleteSections()
    /// Every `done_on` read, where it was written, for the calendar to check once the year is whole.
    var doneOnDates: [DoneOnDate] = []
    /// Every status's `since` read, where it was written, for the calendar to check likewise.
    var sinceDates: [DoneOnDate] = []
    /// The files the plan names to import, for the loader to read.
    var imports = ImportRequests()
    /// Every funding source a cost, support or stipend names, even one whose other keys are
    /// wrong, so an unknown source is reported in the same run as the rest.
    var payers: [FundingReference] = []

    init(file: String, frameworks: FrameworkLibrary) {
        self.file = file
        self.frameworks = frameworks
    }

    func decode(_ root: YAMLNode) -> Plan? {
        guard let fields = reader.fields(of: root, PlanShapes.plan, context: PlanShapes.plan.theNounPhrase) else { return nil }
        _ = reader.integer(fields, "planwright")
        let framework = fields["framework"].flatMap(loadFramework)
        scale = framework?.scale

        let district = fields["district"].flatMap(decodeDistrict)
        let year = fields["year"].flatMap(decodeYear)
        let assessment = fields["assessment"].flatMap(decodeAssessment)
        for (key, section) in [("schools", IncompleteSections.Section.schools), ("staff", .staff), ("goals", .milestones)]
        where !(fields[key]?.isSequence ?? false) && !(key == "staff" && fields["schools"]?.isMapping == true) {
            incomplete.missing.insert(section)
        }
        var schools: [School] = [], staff: [StaffMember] = []
        if let schoolsNode = fields["schools"], schoolsNode.isMapping {
            decodeRosterImport(schoolsNode)
            incomplete.missing.remove(.schools)
            if let staffNode = fields["staff"] {
                reader.error(Message("decode_staff_with_roster_import"), at: staffNode)
            }
        } else {
            schools = reader.list(fields, "schools").compactMap(decodeSchool)
            staff = reader.list(fields, "staff").compactMap(decodeStaffMember)
            if fields["staff"] == nil {
                reader.error(Message("decode_plan_needs_staff"), at: root.location)
            }
        }
        let goals = reader.list(fields, "goals").compactMap(decodeGoal)
        if let goalsNode = fields["goals"], goalsNode.isSequence, goalsNode.count == 0 {
            reader.error(Message("decode_plan_needs_a_goal"), at: goalsNode)
        }
        let training = fields["training"].flatMap(decodeTraining) ?? TrainingSettings()
        let champions = fields["champions"].flatMap(decodeChampions) ?? ChampionSettings()
        var focus = FocusSettings()
        if let node = fields["focus"], let f = reader.fields(of: node, PlanShapes.focus) {
            focus.perCycle = reader.integer(f, "per_cycle") ?? focus.perCycle
            focus.location = node.location
        }
        var owners = OwnerSettings()
        if let node = fields["owners"], let o = reader.fields(of: node, PlanShapes.owners) {
            owners.maxConcurrent = reader.integer(o, "max_concurrent")
            owners.roles = reader.dictionary(o, "roles").compactMap { key, value in
                guard let role = reader.text(key, Message("decode_owner_role_under_roles")),
                      let person = reader.text(value, Message("decode_who_holds_role", ["role": .text(role)])) else { return nil }
                return (Reference(role, at: key.location), Reference(person, at: value.location))
            }
        }

        let progress = decodeProgress(fields)
        let budget = fields["budget"].map(decodeBudget) ?? BudgetSettings()
        let funding = reader.list(fields, "funding").compactMap(decodeFundingSource)
        let support = reader.list(fields, "support").compactMap(decodeSupport)
        let voices = fields["voices"].map { decodeVoices($0, framework: framework) } ?? Voices()
        let families = fields["families"].flatMap(decodeFamilies) ?? FamilySettings()
        let tools = fields["tools"].map(decodeTools) ?? ToolInventory()

        guard let framework, let district, let year, let assessment else { return nil }
        var plan = Plan(district: district, framework: framework, year: year, assessment: assessment,
                        schools: schools, staff: staff, goals: goals, training: training, champions: champions,
                        focus: focus, owners: owners, progress: progress, budget: budget, funding: funding, support: support,
                        voices: voices)
        plan.families = families
        plan.tools = tools
        return plan
    }

    private func loadFramework(_ node: YAMLNode) -> Framework? {
        guard let name = reader.text(node, Message("decode_quoted_key", ["key": .text("framework")])) else { return nil }
        let loaded = frameworks.load(name, relativeTo: file, at: node.location)
        sources += loaded.sources
        reader.append(loaded.diagnostics)
        return loaded.framework
    }

    private func decodeDistrict(_ node: YAMLNode) -> District? {
        guard let fields = reader.fields(of: node, PlanShapes.district) else { return nil }
        let team = reader.list(fields, "team").compactMap { node -> TeamMember? in
            guard let member = reader.fields(of: node, PlanShapes.teamMember),
                  let name = reader.text(member, "name"), let role = reader.text(member, "role") else { return nil }
            let staff = member["staff"].flatMap { value in
                reader.identifier(value, member.describing("staff")).map { Reference($0, at: value.location) }
            }
            return TeamMember(name: name, role: role, email: reader.text(member, "email"), staff: staff, location: node.location)
        }
        guard let name = reader.text(fields, "name"), let vision = reader.text(fields, "vision") else { return nil }
        return District(name: name, vision: vision, team: team, location: node.location)
    }
}
