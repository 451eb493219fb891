import Foundation
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// A district of every real school size, for tests of what must hold at any size (a handout on
/// one printed page): schools of 10 to 150 staff with realistic names, long ones too; goals
/// scoped to each school; a school with no champion and one whose few champions leave most
/// colleagues unplaced; progress recorded across the year, so each as-of date gives other handouts.
///
/// Deterministic: the same text every time, from fixed lists stepped through by index.
enum GeneratedDistrict {
    struct GeneratedSchool {
        let id: String
        let name: String
        let staff: Int
        /// Staff who are champions (`champion: yes`, or volunteers comfortable enough).
        let champions: Int
        let grades: String
        let principal: String
        let needsSupport: Bool
    }

    static let schools: [GeneratedSchool] = [
        GeneratedSchool(id: "bear-creek", name: "Bear Creek Elementary", staff: 10, champions: 1, grades: "K-5", principal: "Ann Kim", needsSupport: false),
        // No champion: nobody rates comfort 4 or more, nobody volunteers.
        GeneratedSchool(id: "mlk-academy", name: "Dr. Martin Luther King Jr. International Baccalaureate Preparatory Academy", staff: 25, champions: 0,
                        grades: "6-8", principal: "Bartholomew Oyelaran-Fitzpatrick", needsSupport: true),
        GeneratedSchool(id: "lakeview", name: "Lakeview Elementary", staff: 50, champions: 6, grades: "K-5", principal: "Rosa Delgado", needsSupport: false),
        // Few champions: two can take 12 colleagues, so most of the school is left unplaced.
        GeneratedSchool(id: "south-valley", name: "South Valley Middle School", staff: 80, champions: 2, grades: "6-8", principal: "Darnell Jackson", needsSupport: true),
        GeneratedSchool(id: "central", name: "Central High School", staff: 115, champions: 14, grades: "9-12", principal: "Catherine Moore", needsSupport: false),
        GeneratedSchool(id: "juarez-lincoln", name: "Benito Juárez–Abraham Lincoln Early College and Career High School", staff: 150, champions: 20,
                        grades: "9-12", principal: "María Guadalupe Fernández-Villanueva", needsSupport: true),
    ]

    /// Early fall, late fall, winter, spring: each finds other work done, under way and coming.
    static let asOfDates = ["2026-09-23", "2026-11-18", "2027-01-27", "2027-04-14"]

    static let firstNames = ["Hannah", "Luis", "Grace", "Keisha", "Emily", "Robert", "Aisha", "Sean", "Mei-Ling", "Patricia",
                             "DeShawn", "Ngozi", "Brian", "Thi", "Julia", "Farah", "Kevin", "Dolores", "Anthony", "Olivia",
                             "Rahul", "Sarah", "Marisol", "Daniel", "Kristen", "Ahmed", "Laura", "Jamal", "Yuki", "Rebecca",
                             "Miguel", "Chloe", "Andre", "Fatima", "Gregory", "Lena", "Samuel", "Joanne", "Christopher", "Priscilla",
                             "Hiroshi", "Brianna", "Diego", "Natalie", "Omar", "Heather", "Victor", "Tamika", "Ryan", "Tomás"]
    static let lastNames = ["Kowalski", "Ramírez", "Okafor", "Brown", "Nakamura", "Fitzgerald", "Rahman", "O'Malley", "Zhou", "Greene",
                            "Carter", "Adeyemi", "Lindqvist", "Nguyen", "Moreno", "Siddiqui", "Pham", "Garza", "Russo", "Bennett",
                            "Mehta", "Goldberg", "Castillo", "Osei", "Larsen", "Hassan", "Whitfield", "Washington", "Tanaka", "Stein",
                            "Ortega", "Dubois", "Thompson", "Noor", "Palmer", "Petrova", "Adebayo", "Murphy", "Hale", "Owens", "Sato"]
    /// Names as long as real rosters hold them, every ninth person (42 of them, then again).
    static let longFirstNames = ["Maria Guadalupe", "Christopher Alexander", "Oluwaseun Babatunde", "Anastasia Konstantinovna",
                                 "Nguyễn Thị Minh Khai", "Bartholomew Jebediah"]
    static let longLastNames = ["Fernández-Villanueva de la Cruz", "Montgomery-Whitfield III", "Adebayo-Okonkwo", "Vasilyeva-Petrovskaya",
                                "Trần-Fitzgerald", "Worthington-Smythe", "Papadopoulos-Georgiou"]

    static func yaml() -> String {
        var out = """
            planwright: 1
            district:
              name: Riverbend Consolidated Unified School District
              vision: Technology fits the teacher's week at every school, large or small.
              team:
                - { name: Dana Ortiz, role: Director of Digital Learning, email: dortiz@riverbend.k12.example }
                - { name: Marcus Webb, role: Director of Information Technology }
                - { name: Keisha Brown, role: Grade 4 Teacher }
            framework: edtech-systems
            year:
              start: 2026-08-24
              end: 2027-06-11
              closed:
                - { name: Labor Day, on: 2026-09-07 }
                - { name: Thanksgiving break, from: 2026-11-25, to: 2026-11-27 }
                - { name: Winter break, from: 2026-12-21, to: 2027-01-01 }
                - { name: Martin Luther King Jr. Day, on: 2027-01-18 }
                - { name: Spring break, from: 2027-03-22, to: 2027-03-26 }
              testing:
                - { name: State testing, from: 2027-04-19, to: 2027-05-07 }
              pd_days: [2026-10-09, 2027-01-04, 2027-02-12]
              early_release: wednesday
              cycles: 3
            assessment:
              date: 2026-05-14
              ratings:
                shared-vision: { current: 2, target: 4 }
                infrastructure-support: { current: 2, target: 4 }
                differentiated-training: { current: 2, target: 4 }
                pilot-and-gate: { current: 1, target: 3 }
                utilization-measures: { current: 1, target: 3 }
                stakeholder-engagement: { current: 2, target: 3 }
                school-implementation-plans: { current: 1, target: 3 }
                collaborative-teams: { current: 3, target: 4 }
            schools:

            """
        for school in schools {
            out += "  - { id: \(school.id), name: \"\(school.name)\", grades: \(school.grades), principal: \"\(school.principal)\""
            out += ", students: \(school.staff * 15)"
            out += school.needsSupport ? ", needs_support: [devices, support_staff] }\n" : " }\n"
        }
        out += "staff:\n"
        var person = 0
        for school in schools {
            for n in 0..<school.staff {
                out += "  - " + staffMember(n, at: school, person: person) + "\n"
                person += 1
            }
        }
        out += "goals:\n" + districtGoal
        for school in schools { out += goals(for: school) }
        out += """
            training:
              max_group: 12
              costs: { participant: 35, facilitator: 50, funding: title-iv-a }
            champions:
              max_colleagues: 6
              min_comfort: 4
              stipend: { amount: 750, funding: general-fund }
            funding:
              - { id: title-iv-a, name: Title IV-A (Student Support and Academic Enrichment), amount: 90000, restrictions: { max_share: { infrastructure: 15% } } }
              - { id: general-fund, name: General fund (technology), amount: 400000 }
              - { id: state-grant, name: State digital-learning grant, total: 120000, from: FY2027, to: FY2028, restrictions: { ends: 2028-06-30 } }
            support:
              - { what: On-site technician and classroom device repair, schools: [\(schools.filter(\.needsSupport).map(\.id).joined(separator: ", "))], days_per_week: 2.5,
                  cost_per_day: 340, help_desk: "District help desk, weekdays 7:00-17:00, by phone, chat and ticket", funding: general-fund }

            """
        return out
    }

    /// The first `champions` staff of a school are its champions (comfort 4 or 5); nobody else
    /// is, even at comfort 4, so the school's champion count is exactly as declared.
    private static func staffMember(_ n: Int, at school: GeneratedSchool, person: Int) -> String {
        let name = person % 9 == 4 ? "\(longFirstNames[(person / 9) % longFirstNames.count]) \(longLastNames[(person / 9) % longLastNames.count])"
            : "\(firstNames[(person * 7) % firstNames.count]) \(lastNames[(person * 11 + person / firstNames.count) % lastNames.count])"
        let roles = ["teacher", "teacher", "teacher", "aide", "teacher", "specialist", "teacher", "teacher", "coach", "teacher", "librarian", "counselor"]
        let role = roles[n % roles.count]
        let secondary = school.grades != "K-5"
        let subjects = secondary ? ["math", "ela", "science", "social-studies", "world-languages", "cte", "pe", "art"] : ["ela", "math", "reading", "music", "art", "pe"]
        let grades = secondary ? (school.grades == "6-8" ? ["6", "7", "8"] : ["9", "10", "11", "12"]) : ["K", "1", "2", "3", "4", "5"]
        let comfort: Int
        let champion: String
        if n < school.champions {
            comfort = 4 + n % 2
            champion = n % 3 == 0 ? "volunteer" : "yes"
        } else {
            // Comfort 1 to 3 mostly, some 4 (not champions): every track gets people.
            let spread = school.champions == 0 ? [1, 2, 3, 2, 3, 1, 2, 3] : [2, 3, 1, 3, 2, 4, 3, 2, 1, 3]
            comfort = spread[n % spread.count]
            champion = "no"
        }
        return "{ id: \(school.id)-\(String(format: "%03d", n + 1)), name: \"\(name)\", school: \(school.id), role: \(role), "
            + "subjects: [\(subjects[n % subjects.count])], grades: [\(grades[n % grades.count])], comfort: \(comfort), champion: \(champion) }"
    }

    /// The rollout every school takes part in, with its pilot, gate and training; done step by step through the fall.
    private static let districtGoal = """
          - id: lms
            title: Every teacher uses the learning management system weekly for assignments and feedback
            indicators: [pilot-and-gate, differentiated-training, utilization-measures]
            owner: Dana Ortiz
            measures:
              - name: Teachers who post assignments in the LMS at least weekly
                unit: percent
                baseline: 30
                target: 80
                by: 2027-05-28
                observations:
                  - { date: 2026-09-18, value: 31 }
                  - { date: 2026-11-13, value: 38 }
                  - { date: 2027-01-22, value: 52 }
                  - { date: 2027-04-09, value: 66 }
            milestones:
              - { id: lms-config, title: "Turn on the grade sync and course templates", days: 8, owner: Marcus Webb, status: done, done_on: 2026-09-03 }
              - { id: lms-pilot, title: Pilot weekly assignments with volunteer teachers, days: 20, after: [lms-config], owner: Dana Ortiz, kind: pilot,
                  schools: [lakeview, central], status: done, done_on: 2026-10-02,
                  costs: [{ item: Document cameras and wireless presentation receivers for pilot classrooms, category: devices, amount: 489, per: device, count: 40,
                            refresh: 5, funding: general-fund }] }
              - { id: lms-gate, title: "Go/no-go: grade sync and pilot results", days: 3, after: [lms-pilot], owner: Dana Ortiz, kind: gate, status: done, done_on: 2026-10-07 }
              - { id: lms-training, title: "Training by comfort level, co-led by school champions", days: 15, after: [lms-gate], not_before: 2026-12-01,
                  owner: Dana Ortiz, kind: training, status: done, done_on: 2027-01-08 }
              - { id: lms-rollout, title: All classrooms post weekly assignments and feedback, days: 20, after: [lms-training], owner: Dana Ortiz, kind: rollout,
                  status: done, done_on: 2027-02-05 }
              - { id: lms-review, title: Review the first months of use by school and adjust support, days: 5, after: [lms-rollout], owner: Dana Ortiz, kind: review }
          # For the secondary schools only: a second training programme on their handouts.
          - id: mdm
            title: Secondary teachers manage student screens during lessons
            indicators: [differentiated-training]
            owner: Marcus Webb
            grades: 6-12
            costs:
              - { item: Classroom screen-management licences for every secondary student device, category: software, amount: 3.25, per: student, every: year, funding: state-grant }
            milestones:
              - { id: mdm-pilot, title: Pilot screen management with six secondary teachers, days: 10, not_before: 2027-01-11, owner: Marcus Webb, kind: pilot,
                  schools: [central] }
              - { id: mdm-gate, title: "Go/no-go: screen management on every secondary cart", days: 2, after: [mdm-pilot], owner: Marcus Webb, kind: gate }
              - { id: mdm-rollout, title: Screen management goes live, days: 10, after: [mdm-gate], not_before: 2027-04-26, owner: Marcus Webb, kind: rollout }

        """

    /// Two goals of the school's own, each step scoped to it and finished at its own time of year.
    private static func goals(for school: GeneratedSchool) -> String {
        let s = school.id
        let done = ["2026-09-15", "2026-10-20", "2026-12-08", "2027-02-09", "2027-03-16", "2027-04-13"]
        let offset = schools.firstIndex { $0.id == s }! % 2
        func step(_ id: String, _ title: String, days: Int, after: String?, done index: Int?) -> String {
            var line = "      - { id: \(s)-\(id), title: \"\(title)\", days: \(days), schools: [\(s)], owner: \"\(school.principal)\""
            if let after { line += ", after: [\(s)-\(after)]" }
            if let index { line += ", status: done, done_on: \(done[min(done.count - 1, index + offset)])" }
            return line + " }\n"
        }
        return """
              - id: \(s)-plan
                title: "\(school.name) writes and follows its own technology implementation plan"
                indicators: [school-implementation-plans, collaborative-teams]
                owner: "\(school.principal)"
                measures:
                  - name: Grade teams at \(school.name) reviewing use data each month
                    unit: percent
                    baseline: 10
                    target: 90
                    by: 2027-05-28
                    observations:
                      - { date: 2026-09-18, value: 12 }
                      - { date: 2026-11-13, value: 30 }
                      - { date: 2027-01-22, value: 45 }
                      - { date: 2027-04-09, value: 70 }
                milestones:

            """
            + step("plan-draft", "Draft the school's technology implementation plan with grade teams", days: 10, after: nil, done: 0)
            + step("plan-share", "Share the plan with staff and the site council", days: 5, after: "plan-draft", done: 1)
            + step("plan-data", "Grade teams review their first month of use data", days: 10, after: "plan-share", done: 2)
            + step("plan-midyear", "Mid-year review of the plan with the district office", days: 5, after: "plan-data", done: 3)
            + step("plan-spring", "Spring walkthroughs of classrooms using the plan's routines", days: 15, after: "plan-midyear", done: nil)
            + """
              - id: \(s)-families
                title: "Families at \(school.name) know how to reach their children's classwork"
                indicators: [stakeholder-engagement]
                schools: [\(s)]
                owner: "\(school.principal)"
                measures:
                  - name: Families at \(school.name) who have logged in to the parent view
                    unit: percent
                    baseline: 15
                    target: 60
                    by: 2027-05-28
                    observations:
                      - { date: 2026-10-02, value: 16 }
                      - { date: 2027-01-22, value: 33 }
                      - { date: 2027-04-09, value: 48 }
                costs:
                  - { item: "Family technology nights at \(school.name): interpreters, childcare and dinner", category: other, amount: "2,400", every: year, funding: general-fund }
                milestones:

            """
            + step("family-letters", "Send home log-in letters in every home language", days: 5, after: nil, done: 1)
            + step("family-night", "Family technology night with device help and translators", days: 3, after: "family-letters", done: 3)
            + step("family-survey", "Survey families on what they still cannot reach", days: 10, after: "family-night", done: 4)
            + step("family-followup", "Call every family the survey could not reach", days: 10, after: "family-survey", done: nil)
    }

    /// The district planned as of one of `asOfDates`.
    static func plan(asOf: String) throws -> ImprovementPlan {
        let result = PlanFixture.run(yaml(), asOf: asOf)
        guard let plan = result.improvementPlan else {
            throw Failure(message: result.diagnostics.filter { $0.severity == .error }.prefix(5).map(\.message).joined(separator: "\n"))
        }
        return plan
    }

    struct Failure: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }
}
