import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightOutputs

/// Issue 22, item 3: a pilot that asks for a number of participants gets a group proposed from
/// its scope, spread across schools, subjects and comfort levels, champions and volunteers first.
/// Cedar Bluff (`Fixtures/cedar-bluff-training/cedar-bluff.yaml`: 18 teachers at the elementary
/// school, 8 at the junior high, 12 at the high school, one champion each) with one edit per test.
struct PilotGroupTests {
    static let plan = SmallDistrictTrainingTests.plan

    static func asking(_ count: Int, schools: String? = nil, in yaml: String = plan) -> String {
        yaml.replacingPresent("        participants: [e-09, h-07]\n",
                              with: (schools.map { "        schools: [\($0)]\n" } ?? "") + "        participants: \(count)\n")
    }

    static func group(_ plan: ImprovementPlan, _ pilot: String = "platform-pilot") throws -> PilotGroup {
        try #require(plan.pilots?.first { $0.pilot == pilot })
    }

    /// Six from three schools: each school's champion first, then the comfort levels the group
    /// lacks, each pick teaching what the group does not yet.
    @Test func sixAreSpreadAcrossSchoolsAndComfortLevelsWithChampionsFirst() throws {
        let plan = try SmallDistrictTrainingTests.planned(Self.asking(6))
        let group = try Self.group(plan)
        #expect(group.source == .proposed && group.asked == 6 && group.eligible == 38)
        #expect(group.members.map(\.staff) == ["e-07", "h-01", "j-01", "e-17", "h-12", "j-03"])
        let staff = Dictionary(plan.staff.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let schools = group.members.compactMap { staff[$0.staff]?.school }
        #expect(Dictionary(grouping: schools, by: { $0 }).mapValues(\.count) == ["cbe": 2, "cbjh": 2, "cbhs": 2])
        let levels = Set(group.members.compactMap { staff[$0.staff]?.comfort }.map { $0 <= 2 ? "low" : $0 == 3 ? "middle" : "high" })
        #expect(levels == ["low", "middle", "high"])
        #expect(group.members.prefix(3).allSatisfy { $0.reasons.contains(.champion) && $0.reasons.contains(.spreadsSchools) })
        #expect(group.members[3].reasons == [.spreadsComfort, .spreadsSubjects])
    }

    /// Volunteers come before colleagues of the same comfort level: Sofia Reyes (3) and Lisa
    /// Ferreira (4, a reserve behind the school's one champion) are in a group of four.
    @Test func volunteersComeBeforeColleaguesOfTheSameComfortLevel() throws {
        let yaml = Self.asking(4, schools: "cbe")
            .replacingPresent("name: Sofia Reyes, school: cbe, subjects: [ela, math], grades: [6], comfort: 3 }",
                              with: "name: Sofia Reyes, school: cbe, subjects: [ela, math], grades: [6], comfort: 3, champion: volunteer }")
            .replacingPresent("name: Lisa Ferreira, school: cbe, subjects: [ela, math], grades: [4], comfort: 4 }",
                              with: "name: Lisa Ferreira, school: cbe, subjects: [ela, math], grades: [4], comfort: 4, champion: volunteer }")
        let group = try Self.group(SmallDistrictTrainingTests.planned(yaml))
        #expect(group.members.map(\.staff) == ["e-07", "e-13", "e-17", "e-09"])
        #expect(group.members[1].reasons.contains(.volunteer))
        #expect(group.members[3].reasons == [.volunteer])
        // One school: nothing to spread across.
        #expect(!group.members.contains { $0.reasons.contains(.spreadsSchools) })
    }

    /// Fewer than the schools: the largest schools get the places.
    @Test func aCountSmallerThanTheSchoolsGoesToTheLargest() throws {
        let group = try Self.group(SmallDistrictTrainingTests.planned(Self.asking(2)))
        #expect(group.members.map(\.staff) == ["e-07", "h-01"])
    }

    /// The same plan with its staff listed in the opposite order proposes the same group.
    @Test func theGroupDoesNotDependOnTheOrderStaffAreListedIn() throws {
        let yaml = Self.asking(7)
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        let staff = lines.indices.filter { lines[$0].hasPrefix("  - { id: ") && lines[$0].contains("school: cb") }
        var reversed = lines
        for (at, from) in zip(staff, staff.reversed()) { reversed[at] = lines[from] }
        let first = try Self.group(SmallDistrictTrainingTests.planned(yaml))
        let again = try Self.group(SmallDistrictTrainingTests.planned(yaml))
        let shuffled = try Self.group(SmallDistrictTrainingTests.planned(reversed.joined(separator: "\n")))
        #expect(first == again)
        #expect(first == shuffled)
    }

    /// Asked for more than the pilot's scope holds: everyone eligible, and a warning at the count.
    @Test func aCountLargerThanTheEligibleStaffProposesAllAndWarnsAtTheCount() throws {
        let yaml = Self.asking(12, schools: "cbjh")
        let result = SmallDistrictTrainingTests.run(yaml)
        let plan = try #require(result.improvementPlan)
        let group = try Self.group(plan)
        #expect(group.members.map(\.staff).sorted() == (1...8).map { "j-0\($0)" })
        #expect(group.eligible == 8)
        let line = SmallDistrictTrainingTests.line(of: "participants: 12", in: yaml)
        #expect(SmallDistrictTrainingTests.diagnostics(result).contains(
            "\(line):23 warning: pilot 'platform-pilot' asks for 12 participants, but only 8 staff are in its scope: all of them are proposed; widen its schools, grades or roles, or ask for 8"))
    }

    /// A proposed group co-leads the rollout's training, as a listed one does.
    @Test func theProposedGroupCoLeadsTheRolloutsTraining() throws {
        let plan = try SmallDistrictTrainingTests.planned(Self.asking(6))
        let leaders = plan.training.pilotLeaders.filter { $0.programme == "platform-rollout" }
        #expect(leaders.map(\.staff) == ["e-07", "h-01", "j-01", "e-17", "h-12", "j-03"])
        let attending = Set(plan.training.groups.filter { $0.programme == "platform-rollout" }.flatMap(\.members))
        #expect(attending.isDisjoint(with: leaders.map(\.staff)))
    }

    /// A listed group is kept as listed, with no reasons, and `plan.json` says which is which.
    @Test func planJSONCarriesEachGroupWithItsSourceAndReasons() throws {
        let listed = try PlanJSON.encode(SmallDistrictTrainingTests.planned())
        #expect(listed.contains("\"pilots\""))
        #expect(listed.contains("\"source\" : \"listed\"") || listed.contains("\"source\":\"listed\""))
        let proposed = try SmallDistrictTrainingTests.planned(Self.asking(6))
        let json = try PlanJSON.encode(proposed)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let pilots = try #require(object["pilots"] as? [[String: Any]])
        #expect(pilots.count == 1)
        #expect(pilots[0]["source"] as? String == "proposed")
        #expect(pilots[0]["asked"] as? Int == 6)
        let members = try #require(pilots[0]["members"] as? [[String: Any]])
        #expect(members.first?["staff"] as? String == "e-07")
        #expect((members.first?["reasons"] as? [String])?.contains("champion") == true)
        // No pilot names or asks for anyone: no key at all.
        let none = try PlanJSON.encode(SmallDistrictTrainingTests.planned(SmallDistrictTrainingTests.plan.replacingPresent("        participants: [e-09, h-07]\n", with: "")))
        #expect(!none.contains("\"pilots\""))
    }

    /// The district plan lists the group with why each was picked; a school's handout names its own.
    @Test func theHandoutsShowTheGroup() throws {
        let plan = try SmallDistrictTrainingTests.planned(Self.asking(6))
        let view = HandoutViews.plan(plan, warnings: [], people: PlannedPeople(plan))
        let pilots = try #require(view["pilots"] as? [[String: any Sendable]])
        let members = try #require(pilots.first?["members"] as? [[String: any Sendable]])
        #expect(members.first?["name"] as? String == "Rosa Medina")
        #expect(members.first?["why"] as? String == "champion; spreads the group across schools; a comfort level new to the group; teaches what no one else in the group does")
        let school = HandoutViews.school("cbjh", in: plan)
        let ours = try #require(school["pilots"] as? [[String: any Sendable]])
        #expect(ours.first?["members"] as? String == "Derek Moen, Phil Stroh")
    }
}

/// Pitfall 3: a rollout whose goal's pilot has no teacher from a school it reaches.
struct PilotHasTeachersOfEverySchoolTests {
    /// Cedar Bluff's platform pilot has Lisa Ferreira (elementary) and Cal Bearpaw (high school);
    /// the rollout reaches the junior high too.
    @Test func aRolloutReachingASchoolThePilotLeftOutIsWarnedAt() throws {
        let yaml = SmallDistrictTrainingTests.plan
        let result = SmallDistrictTrainingTests.run(yaml)
        let line = SmallDistrictTrainingTests.line(of: "- id: platform-rollout", in: yaml)
        let warnings = SmallDistrictTrainingTests.diagnostics(result).filter { $0.contains("pitfall 3") }
        #expect(warnings == ["\(line):9 warning: the rollout 'platform-rollout' reaches Cedar Bluff Junior High, but its pilot ('platform-pilot') has no teacher from it: "
                             + "bring a teacher from every school the rollout reaches into the pilot before the go/no-go, so the decision hears what their classrooms need "
                             + "(pitfall 3: teachers left out of planning)"])
    }

    @Test func aPilotWithATeacherFromEverySchoolIsNotWarnedAbout() throws {
        let yaml = SmallDistrictTrainingTests.plan.replacingPresent("participants: [e-09, h-07]", with: "participants: [e-09, h-07, j-02]")
        #expect(!SmallDistrictTrainingTests.diagnostics(SmallDistrictTrainingTests.run(yaml)).contains { $0.contains("pitfall 3") })
    }

    /// A counselor is no teacher: the junior high is still unheard.
    @Test func onlyTeachersCount() throws {
        let yaml = SmallDistrictTrainingTests.plan.replacingPresent("participants: [e-09, h-07]", with: "participants: [e-09, h-07, h-13]")
        #expect(SmallDistrictTrainingTests.diagnostics(SmallDistrictTrainingTests.run(yaml)).contains { $0.contains("reaches Cedar Bluff Junior High") })
    }

    /// A proposed group from one school leaves out the two others; named in the plan's order.
    @Test func aProposedGroupFromOneSchoolIsWarnedAboutNamingTheOthers() throws {
        let yaml = PilotGroupTests.asking(3, schools: "cbe")
        let warnings = SmallDistrictTrainingTests.diagnostics(SmallDistrictTrainingTests.run(yaml)).filter { $0.contains("pitfall 3") }
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains("reaches Cedar Bluff Junior High and Cedar Bluff High School, but its pilot ('platform-pilot') has no teacher from either") == true)
    }

    /// The math pilot names nobody: nothing to judge.
    @Test func aPilotWithoutParticipantsIsNotJudged() throws {
        #expect(!SmallDistrictTrainingTests.diagnostics(SmallDistrictTrainingTests.run(SmallDistrictTrainingTests.plan)).contains { $0.contains("'math-rollout'") && $0.contains("pitfall 3") })
    }
}

/// A state's pilot: 100,000 staff in 2,000 schools. The proposer sorts them once into each
/// school's pools; scanning everyone for each of 3,000 picks would take minutes, not a second.
struct PilotGroupScaleTests {
    @Test func threeThousandFromAHundredThousandSpreadOverEverySchool() throws {
        let location = SourceLocation(file: "state.yaml", line: 1, column: 1)
        let subjects = ["math", "ela", "science", "social-studies", "art", "music", "pe", "world-languages", "cte", "special-education"]
        let staff = (0..<100_000).map { n in
            StaffMember(id: String(format: "s-%06d", n), name: "Teacher \(n)", school: Reference(String(format: "school-%04d", n % 2_000), at: location),
                        role: .teacher, subjects: [subjects[(n / 2_000) % subjects.count]], grades: GradeSet(),
                        comfort: Comfort(value: 1 + (n / 7) % 5), champion: n % 97 == 0 ? .volunteer : .no, email: nil, location: location)
        }
        let order = Dictionary(uniqueKeysWithValues: (0..<2_000).map { (String(format: "school-%04d", $0), $0) })
        let start = ContinuousClock.now
        let group = PilotGroupProposer.propose(3_000, from: staff, scope: .everyone, champions: [], schoolOrder: order)
        let elapsed = ContinuousClock.now - start
        #expect(group.count == 3_000)
        #expect(Set(group.map(\.staff)).count == 3_000)
        let perSchool = Dictionary(grouping: group, by: { Int($0.staff.dropFirst(2))! % 2_000 }).mapValues(\.count)
        // Every school once, then the first 1,000 in the plan's order (all the same size) again.
        #expect(perSchool.count == 2_000)
        #expect((0..<1_000).allSatisfy { perSchool[$0] == 2 } && (1_000..<2_000).allSatisfy { perSchool[$0] == 1 })
        #expect(elapsed < .seconds(30), "\(elapsed)")
    }
}
