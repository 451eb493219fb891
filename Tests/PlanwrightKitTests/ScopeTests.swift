import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// Whom work is for: `schools`, `grades`, `roles` and `subjects` on goals and milestones.
struct ScopeTests {
    static let schools = "[{ id: elem, name: Elm Elementary, grades: K-5 }, { id: mid, name: Cedar Middle, grades: 6-8 }, { id: high, name: Oak High, grades: 9-12 }]"

    func run(_ goals: String) -> PlanPipeline.Result {
        PlanFixture.run(PlanFixture.yaml(schools: Self.schools, staff: "[{ id: s1, name: Ann Lee, school: mid, comfort: 4 }]", goals: goals))
    }

    func errors(_ goals: String) -> [Diagnostic] { run(goals).diagnostics.filter { $0.severity == .error } }

    @Test func aGoalsScopeIsTheDefaultOfItsMilestones() throws {
        let plan = try #require(run("""
            [{ id: lms, title: Canvas, indicators: [shared-vision], grades: 6-12, schools: [mid, high],
               milestones: [{ id: a, title: A, days: 2 }, { id: b, title: B, days: 2, after: a, schools: [high], roles: [teacher] }] }]
            """).improvementPlan)
        #expect(plan.milestone("a")?.scope == Scope(schools: ["mid", "high"], grades: GradeSet.parse("6-12")))
        #expect(plan.milestone("b")?.scope == Scope(schools: ["high"], grades: GradeSet.parse("6-12"), roles: [.teacher]))
        #expect(plan.milestone("b").map { ScopeWords.whom($0.scope, schoolName: { $0 == "high" ? "Oak High" : $0 }, .english) } == "teachers, grades 6–12, at Oak High")
    }

    @Test func aMilestoneForASchoolOutsideItsGoalIsAnErrorAtThatSchool() {
        let found = errors("""
            [{ id: lms, title: Canvas, indicators: [shared-vision], schools: [mid, high],
               milestones: [{ id: a, title: A, days: 2, schools: [elem] }] }]
            """)
        #expect(found.map(\.message) == ["milestone 'a' is for school 'elem', which is outside the scope of its goal 'lms' (mid and high); "
                                         + "a milestone may narrow its goal's scope, never widen it; change the goal's scope or the milestone's"])
        #expect(found.first?.location?.line == 9)
        #expect(found.first?.location?.column == 55)
    }

    @Test func widerGradesRolesOrSubjectsAreErrorsToo() {
        let found = errors("""
            [{ id: lms, title: Canvas, indicators: [shared-vision], grades: 6-12, roles: [teacher], subjects: [math],
               milestones: [{ id: a, title: A, days: 2, grades: 5-8, roles: [teacher, aide], subjects: [Math, science] }] }]
            """).map(\.message)
        #expect(found.count == 3)
        #expect(found.contains { $0.hasPrefix("milestone 'a' is for grades 5-8, which is outside the scope of its goal 'lms' (grades 6-12): 5 is not in it;") })
        #expect(found.contains { $0.hasPrefix("milestone 'a' is for aide staff, which is outside") })
        #expect(found.contains { $0.hasPrefix("milestone 'a' is for the subject 'science', which is outside") })
    }

    @Test func scopeKeysAreCheckedAtTheirLine() {
        let found = errors("""
            [{ id: lms, title: Canvas, indicators: [shared-vision], schools: [nowhere], roles: [wizard], grades: 14,
               milestones: [{ id: a, title: A, days: 2 }] }]
            """).map(\.message)
        #expect(found.contains { $0.contains("goal 'lms' is for school 'nowhere'") })
        #expect(found.contains { $0.contains("'wizard'") })
        #expect(found.contains { $0.contains("'14', which is not a grade") })
    }

    /// A staff member is in scope when school, grades, role and subjects all admit them.
    @Test func whoIsInScope() {
        let scope = Scope(grades: GradeSet.parse("6-12"), roles: [.teacher], subjects: ["Math"])
        let k5 = GradeSet.parse("K-5")!, middle = GradeSet.parse("6-8")!
        func includes(role: StaffRole = .teacher, grades: String = "", subjects: [String] = ["math"], school: GradeSet) -> Bool {
            scope.includes(school: "x", role: role, grades: GradeSet.parse(grades) ?? GradeSet(), subjects: subjects, gradesOfSchool: school)
        }
        #expect(includes(grades: "7", school: middle))
        #expect(!includes(grades: "4", school: k5))
        // Grades not written: the school's grades.
        #expect(includes(school: middle))
        #expect(!includes(school: k5))
        #expect(!includes(role: .aide, grades: "7", school: middle))
        #expect(!includes(grades: "7", subjects: ["science"], school: middle))
        #expect(!includes(grades: "7", subjects: [], school: middle))
        #expect(Scope.everyone.includes(school: "x", role: .aide, grades: GradeSet(), subjects: [], gradesOfSchool: k5))
        #expect(Scope(schools: ["y"]).includes(school: "x", grades: k5) == false)
        #expect(Scope(grades: middle).includes(school: "x", grades: k5) == false)
    }

    @Test func planJSONWritesTheScopeAsThePlanDoes() throws {
        let plan = try #require(run("""
            [{ id: lms, title: Canvas, indicators: [shared-vision], grades: [6-8, 12], roles: teacher, milestones: [{ id: a, title: A, days: 2 }] }]
            """).improvementPlan)
        let json = try PlanJSON.encode(plan)
        #expect(json.contains(#""grades" : [\#n        "6",\#n        "7",\#n        "8",\#n        "12"\#n      ]"#))
        #expect(json.contains(#""roles" : [\#n        "teacher"\#n      ]"#))
    }

    @Test func workForGradesNoNamedSchoolTeachesIsWarnedAboutOnce() {
        let warnings = run("""
            [{ id: lms, title: Canvas, indicators: [shared-vision], schools: [elem], grades: 6-12,
               milestones: [{ id: a, title: A, days: 2 }, { id: b, title: B, days: 2, after: a, kind: rollout }] }]
            """).diagnostics.filter { $0.message.contains("reaches nobody") }
        #expect(warnings.map(\.message) == ["milestone 'a' is for grades 6–12, at Elm Elementary, which no school of the plan teaches: it reaches nobody; "
                                           + "check its goal's and its own 'schools' and 'grades'"])
    }

    @Test func aRolloutForARoleNobodyHasIsWarnedAbout() {
        let warnings = run("""
            [{ id: lms, title: Canvas, indicators: [shared-vision], milestones: [{ id: b, title: B, days: 2, kind: rollout, roles: [librarian] }] }]
            """).diagnostics.filter { $0.message.contains("nobody would be trained") }
        #expect(warnings.count == 1)
        #expect(warnings.first?.message.hasPrefix("rollout 'b' is for librarians, and no staff member is") == true)
    }

    /// A goal's key written wrong is reported once: it narrows nothing, so its milestones are
    /// not reported again as widening it. An empty subject names nobody.
    @Test func aWrongScopeKeyIsReportedOnceAndAnEmptySubjectIsAnError() {
        let found = errors("""
            [{ id: lms, title: Canvas, indicators: [shared-vision], subjects: { a: b }, roles: 5,
               milestones: [{ id: a, title: A, days: 2, subjects: [math, ""], roles: [teacher] }] }]
            """).map(\.message)
        #expect(found.count == 3, "\(found)")
        #expect(!found.contains { $0.contains("outside the scope") })
        #expect(found.contains("each of 'subjects' of milestone 'a' must name a subject, such as math; this one is empty"))
    }
}
