/// Writes a state-scale plan: 2,000 schools and 100,000 staff, about 12 MB of YAML,
/// shaped like the example plan so the benchmark measures what real plans cost, budget included
/// (four sources with their rules, costs per student, per staff and per device with refreshes,
/// support at flagged schools, training and champion stipends) unless `budget` is false, and an
/// inventory of tools: about 25 for a district, 500 for the state (`tools`, by default from the
/// number of schools), some overlapping, some unconnected, some barely used.
enum StatePlan {
    static func yaml(schools: Int = 2_000, staff: Int = 100_000, goals: Int = 200, budget: Bool = true, tools: Int? = nil) -> String {
        var out = """
        planwright: 1
        district:
          name: State of Example Department of Education
          vision: |
            Every classroom in the state uses technology that fits the teacher's week.
          team:
            - { name: Dana Ortiz, role: State EdTech Director }
            - { name: Keisha Brown, role: Grade 4 Teacher, staff: s000001 }
        framework: edtech-systems
        year:
          start: 2026-08-24
          end: 2027-06-11
          closed:
            - { name: Labor Day, on: 2026-09-07 }
            - { name: Thanksgiving break, from: 2026-11-25, to: 2026-11-27 }
            - { name: Winter break, from: 2026-12-21, to: 2027-01-01 }
            - { name: Spring break, from: 2027-03-22, to: 2027-03-26 }
          testing:
            - { name: State testing, from: 2027-04-19, to: 2027-05-07 }
          pd_days: [2026-10-09, 2027-01-04, 2027-02-12]
          early_release: wednesday
        assessment:
          date: 2026-05-14
          ratings:
            shared-vision: { current: 2, target: 4, evidence: Principals describe the vision differently. }
            equity-of-access: { current: Emerging, target: Established }
            pilot-and-gate: { current: 1, target: 3 }
            differentiated-training: { current: 2 }
        schools:

        """
        out.reserveCapacity(14_000_000)
        for s in 0..<schools {
            out += "  - id: sch\(pad(s, 4))\n    name: School Number \(s)\n    grades: \(s % 3 == 0 ? "K-5" : s % 3 == 1 ? "6-8" : "9-12")\n"
            if s % 10 == 0 { out += "    needs_support: [bandwidth, devices]\n" }
            if budget { out += "    students: \(300 + (s * 37) % 900)\n" }
        }
        out += "staff:\n"
        let subjects = ["math", "ela", "science", "social-studies", "art", "music", "pe", "world-languages"]
        let first = ["Ana", "Ben", "Chen", "Dara", "Eli", "Fatima", "Gus", "Hana", "Ivan", "Jo", "Kemal", "Lin"]
        let last = ["Alvarez", "Brown", "Cohen", "Diaz", "Evans", "Fischer", "Garcia", "Huang", "Ito", "Jones", "Khan", "Lopez"]
        for p in 0..<staff {
            let school = p % schools
            out += "  - id: s\(pad(p + 1, 6))\n    name: \(first[p % 12]) \(last[(p / 12) % 12])\n    school: sch\(pad(school, 4))\n"
            out += "    subjects: [\(subjects[p % 8]), \(subjects[(p + 3) % 8])]\n    grades: [\(p % 12 + 1)]\n"
            out += "    comfort: \(p % 5 + 1)\n    champion: \(p % 17 == 0 ? "yes" : p % 11 == 0 ? "volunteer" : "no")\n"
        }
        let toolCount = tools ?? (schools >= 1_000 ? 500 : 25)
        out += "goals:\n"
        for g in 0..<goals {
            out += "  - id: goal\(g)\n    title: Goal number \(g)\n    indicators: [shared-vision]\n"
            // Every tenth goal brings in a tool of the inventory: the planner asks what it replaces.
            if g % 10 == 0, toolCount > 0 { out += "    introduces: tool\(pad(g / 10 % toolCount, 3))\n" }
            out += "    milestones:\n"
            // Each goal's work concerns ten schools, as a state's work mostly does.
            let schoolList = (0..<10).map { "sch\(pad((g * 10 + $0) % schools, 4))" }.joined(separator: ", ")
            for m in 0..<10 {
                let after = m == 0 ? "" : ", after: [g\(g)m\(m - 1)]"
                out += "      - { id: g\(g)m\(m), title: Step \(m) of goal \(g), days: \(m % 5 + 2)\(after), schools: [\(schoolList)]"
                out += budget ? ", costs: [\(cost(m))] }\n" : " }\n"
            }
        }
        if toolCount > 0 { out += toolSection(toolCount, schools: schools, budget: budget) }
        if budget { out += budgetSections(schools: schools) }
        return out
    }

    /// `tools:`: each tool at a few schools (the first two at all), its purpose, licences and two
    /// counts of active users, its connections, privacy agreement, renewal and decision.
    private static func toolSection(_ count: Int, schools: Int, budget: Bool) -> String {
        let purposes = ["lms", "sis", "assessment", "curriculum", "intervention", "communication", "productivity", "other"]
        let states = ["yes", "yes", "no", "planned"]
        var out = "tools:\n  low_utilization: 40%\n  inventory:\n"
        // A state's tool is bought for a region; a district's for a few of its schools.
        let reach = max(1, min(schools, schools / max(1, count) * 4))
        for t in 0..<count {
            out += "    - id: tool\(pad(t, 3))\n      name: Tool number \(t)\n      purpose: \(purposes[t % purposes.count])\n"
            if t >= 2 {
                out += "      schools: [\((0..<reach).map { "sch\(pad((t * reach / 2 + $0) % schools, 4))" }.joined(separator: ", "))]\n"
                if t % 2 == 1 { out += "      grades: K-8\n" }
            }
            let licences = 200 + t * 13 % 800
            out += "      licences: \(licences)\n"
            out += "      active_users: [{ date: 2026-10-01, value: \(licences * (t % 9 + 1) / 10) }, { date: 2027-01-15, value: \(licences * (t % 7 + 3) / 10) }]\n"
            out += "      integration: { sso: \(states[t % 4]), oneroster: \(states[(t / 4) % 4]) }\n"
            out += t % 11 == 0 ? "      privacy: { agreement: pending }\n" : "      privacy: { agreement: signed, expires: \(t % 13 == 0 ? "2027-03-31" : "2028-06-30") }\n"
            if budget { out += "      cost: \(1_000 + t * 37 % 9_000)\n      funding: general-fund\n" }
            out += "      renewal: 2027-0\(t % 6 + 3)-01\n"
            if t % 5 == 0 { out += "      decision: { action: \(t % 10 == 0 ? "keep" : "retire"), by: 2027-04-16 }\n" }
        }
        return out
    }

    /// A milestone's cost, by its step: licences per student, stipends per staff, devices refreshed.
    private static func cost(_ step: Int) -> String {
        switch step % 3 {
        case 0: return "{ item: Licences \(step), category: software, amount: 3.75, per: student, every: year, funding: { title-iv-a: 70%, general-fund: 30% } }"
        case 1: return "{ item: Stipends \(step), category: stipends, amount: 120.50, per: staff, funding: state-grant }"
        default: return "{ item: Devices \(step), category: devices, amount: 329.99, per: device, count: 30, refresh: 4, funding: general-fund }"
        }
    }

    private static func budgetSections(schools: Int) -> String {
        let flagged = stride(from: 0, to: schools, by: 10).map { "sch\(pad($0, 4))" }.joined(separator: ", ")
        return """
        training:
          costs: { participant: 35, facilitator: 50, funding: title-iv-a }
        champions:
          stipend: { amount: 500, funding: general-fund }
        funding:
          - { id: title-iv-a, name: Title IV-A, amount: "64,000,000", restrictions: { max_share: { infrastructure: 15% } } }
          - { id: erate-c2, name: E-Rate Category 2, restrictions: { per_student: { amount: 201.57, floor: 30175 } } }
          - { id: general-fund, name: General fund, amount: "250,000,000" }
          - { id: state-grant, name: State grant, total: "90,000,000", from: FY2027, to: FY2028, restrictions: { ends: 2028-06-30 } }
        support:
          - { what: On-site technician, schools: [\(flagged)], days_per_week: 2, cost_per_day: 310, funding: general-fund }

        """
    }

    private static func pad(_ n: Int, _ width: Int) -> String {
        let digits = String(n)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
