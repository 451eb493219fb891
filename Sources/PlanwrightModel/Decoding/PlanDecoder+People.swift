import Foundation
import PlanwrightDocument

extension PlanDecoder {
    func decodeSchool(_ node: YAMLNode) -> School? {
        guard let fields = reader.fields(of: node, PlanShapes.school) else { return nil }
        let id = reader.identifier(fields, "id"), localizedName = localizedText(fields, "name")
        guard let id, let name = localizedName?.english else { incomplete.add(id, to: .schools); return nil }
        let needs = fields["needs_support"].flatMap { reader.supportNeeds($0, ofSchool: id, fields.describing("needs_support")) } ?? []
        let taught = grades(fields, "grades")
        var school = School(id: id, name: name, grades: taught, needsSupport: needs,
                            principal: reader.text(fields, "principal"), location: node.location,
                            enrollment: fields["students"].flatMap { enrollment($0, ofSchool: id, teaching: taught, fields.describing("students")) })
        school.localizedName = localizedName.flatMap { $0.byLanguage.count > 1 ? $0 : nil }
        school.homeLanguages = homeLanguages(fields)
        school.homeLanguagesLocation = fields["home_languages"]?.location
        school.familyHelp = decodeSchoolFamilies(fields)
        return school
    }

    func decodeStaffMember(_ node: YAMLNode) -> StaffMember? {
        guard let fields = reader.fields(of: node, PlanShapes.staffMember) else { return nil }
        let id = reader.identifier(fields, "id"), name = reader.text(fields, "name")
        let schools = staffSchools(fields)
        guard let id, let name, let schools else { incomplete.add(id, to: .staff); return nil }
        let subjects = reader.list(fields, "subjects", acceptsSingle: true).compactMap { reader.text($0, Message("decode_each_subject_of", ["context": .message(fields.contextPhrase)])) }
        return StaffMember(
            id: id, name: name, school: schools.school, schoolShares: schools.shares,
            role: reader.choice(fields, "role", as: StaffRole.self) ?? .teacher,
            subjects: subjects.map { $0.utf8.contains(where: { (65...90).contains($0) }) ? $0.lowercased() : $0 },
            grades: grades(fields, "grades"),
            comfort: fields["comfort"].flatMap { comfort($0, fields.describing("comfort")) },
            champion: reader.choice(fields, "champion", as: ChampionInterest.self) ?? .no,
            email: reader.text(fields, "email"),
            joined: reader.date(fields, "joined"),
            location: node.location)
    }

    /// 1–5, or a CBAM Level of Use name.
    private func comfort(_ node: YAMLNode, _ what: @autoclosure () -> Message) -> Comfort? {
        switch node.scalar.map(ComfortAndGrades.comfort) {
        case let .comfort(comfort)?: return comfort
        case .outOfScale?:
            // Said as any other number field out of its range is.
            _ = reader.integer(node, what(), in: ComfortAndGrades.comfortScale)
            return nil
        case .unknown?, nil: break
        }
        let names = ComfortAndGrades.levelOfUseNames
        let hint = node.scalar.map { NodeReader.didYouMean($0, in: names) } ?? .text("")
        reader.error(Message("decode_comfort_not_level", ["what": .message(what()), "names": .text(names.joined(separator: ", ")),
                                                          "found": .message(node.kindPhrase), "hint": hint]), at: node)
        return nil
    }

    /// `K-5`, `[3, 4]`, `9-12` and the like.
    func grades(_ fields: Fields, _ key: String) -> GradeSet {
        var set = GradeSet()
        for item in reader.list(fields, key, acceptsSingle: true) {
            guard let text = item.scalar else {
                reader.error(Message("decode_grade_not_text", ["context": .message(fields.contextPhrase), "found": .message(item.kindPhrase)]), at: item)
                continue
            }
            let grades = ComfortAndGrades.grades(text.split(separator: ",").map(String.init)) { part in
                reader.error(Message("decode_not_a_grade", ["what": .message(fields.describing(key)), "text": .text(part.split(separator: " ").joined(separator: " ")),
                                                             "advice": .message(ComfortAndGrades.advicePhrase(for: part))]),
                             at: item)
            }
            set.bits |= grades.bits
        }
        return set
    }

    func decodeTraining(_ node: YAMLNode) -> TrainingSettings? {
        guard let fields = reader.fields(of: node, PlanShapes.training) else { return nil }
        var training = TrainingSettings()
        training.location = node.location
        training.maxGroup = reader.integer(fields, "max_group") ?? training.maxGroup
        if fields["slots"] != nil {
            training.slots = reader.list(fields, "slots").compactMap { reader.choice($0, Message("decode_each_of", ["what": .text("'slots'")]), as: TrainingSlot.self) }
        }
        if fields["tracks"] != nil {
            training.tracks = reader.list(fields, "tracks").compactMap(decodeTrack)
        }
        training.held = decodeHeld(reader.list(fields, "held"))
        training.groups = decodeMetGroups(reader.list(fields, "groups"))
        training.costs = fields["costs"].flatMap(decodeTrainingCosts)
        return training
    }

    /// `held:` entries; a session recorded twice is an error at the second, since the two
    /// dates cannot both be the day it took place.
    private func decodeHeld(_ nodes: [YAMLNode]) -> [HeldSession] {
        var seen: [String: SourceLocation] = [:]
        return nodes.compactMap { node -> HeldSession? in
            guard let fields = reader.fields(of: node, PlanShapes.heldSession, context: PlanShapes.heldSession.thisNounPhrase),
                  let sessionNode = fields["session"], let session = reader.text(sessionNode, fields.describing("session")),
                  let on = reader.located(fields, "on") else { return nil }
            if let first = seen[session] {
                reader.error(Message("decode_session_held_twice", ["session": .text(Excerpt.of(session)), "line": .text(String(first.line))]), at: sessionNode)
                return nil
            }
            seen[session] = sessionNode.location
            return HeldSession(session: Located(session, at: sessionNode.location), on: on, absent: reader.references(fields, "absent"))
        }
    }

    /// `groups:` entries; a group recorded twice is an error at the second, since a group met
    /// with one set of people.
    private func decodeMetGroups(_ nodes: [YAMLNode]) -> [MetGroup] {
        var seen: [String: SourceLocation] = [:]
        return nodes.compactMap { node -> MetGroup? in
            guard let fields = reader.fields(of: node, PlanShapes.metGroup, context: Message("decode_context_this_group")),
                  let groupNode = fields["group"], let group = reader.text(groupNode, fields.describing("group")) else { return nil }
            if let first = seen[group] {
                reader.error(Message("decode_group_members_twice", ["group": .text(Excerpt.of(group)), "line": .text(String(first.line))]), at: groupNode)
                return nil
            }
            seen[group] = groupNode.location
            return MetGroup(group: Located(group, at: groupNode.location), members: reader.references(fields, "members"))
        }
    }

    private func decodeTrack(_ node: YAMLNode) -> TrainingTrack? {
        guard let fields = reader.fields(of: node, PlanShapes.track),
              let id = reader.identifier(fields, "id"), let name = reader.text(fields, "name"),
              let comfortNode = fields["comfort"] else { return nil }
        let levels = reader.list(comfortNode, fields.describing("comfort"), acceptsSingle: true)
            .compactMap { reader.integer($0, fields.describing("comfort"), in: 1...5) }
        guard let low = levels.min(), let high = levels.max() else { return nil }
        if levels.count > 2 || (levels.count == 2 && levels[0] > levels[1]) {
            reader.error(Message("decode_track_comfort_range", ["what": .message(fields.describing("comfort"))]), at: comfortNode)
            return nil
        }
        return TrainingTrack(id: id, name: name, comfort: low...high, sessions: reader.integer(fields, "sessions") ?? 2,
                             minutes: reader.integer(fields, "minutes") ?? 60, location: node.location)
    }

    func decodeChampions(_ node: YAMLNode) -> ChampionSettings? {
        guard let fields = reader.fields(of: node, PlanShapes.champions) else { return nil }
        var settings = ChampionSettings()
        settings.maxColleagues = reader.integer(fields, "max_colleagues") ?? settings.maxColleagues
        settings.minComfort = reader.integer(fields, "min_comfort") ?? settings.minComfort
        settings.maxPerSchool = reader.integer(fields, "max_per_school")
        if let weightsNode = fields["weights"], let weights = reader.fields(of: weightsNode, PlanShapes.weights) {
            settings.subjectWeight = reader.integer(weights, "subject") ?? settings.subjectWeight
            settings.gradesWeight = reader.integer(weights, "grades") ?? settings.gradesWeight
            settings.balanceWeight = reader.integer(weights, "balance") ?? settings.balanceWeight
        }
        settings.pins = reader.list(fields, "pins").compactMap { pinNode -> ChampionPin? in
            guard let pin = reader.fields(of: pinNode, PlanShapes.pin, context: PlanShapes.pin.thisNounPhrase),
                  let championNode = pin["champion"], let colleagueNode = pin["colleague"],
                  let champion = reader.identifier(championNode, pin.describing("champion")),
                  let colleague = reader.identifier(colleagueNode, pin.describing("colleague")) else { return nil }
            return ChampionPin(champion: Reference(champion, at: championNode.location),
                               colleague: Reference(colleague, at: colleagueNode.location), location: pinNode.location)
        }
        settings.exclude = reader.references(fields, "exclude")
        settings.stipend = fields["stipend"].flatMap(decodeChampionStipend)
        return settings
    }
}
