import PlanwrightDocument

public struct School: Sendable {
    public var id: String
    public var name: String
    public var grades: GradeSet
    /// The equity flag: what this school lacks to support the technology (pitfall 1).
    public var needsSupport: [SupportNeed]
    public var principal: String?
    public var location: SourceLocation
    /// Its students, as the plan or the roster says; nil when neither says.
    public var enrollment: Enrollment? = nil
    /// Its name per language for family pages, where the plan gives it so (`{en: …, es: …}`).
    public var localizedName: LocalizedText? = nil
    /// The languages its families speak at home, with how many families speak each.
    public var homeLanguages: [HomeLanguage] = []
    /// Where `home_languages` is written, for advice about them.
    public var homeLanguagesLocation: SourceLocation? = nil
    /// Help for its families in place of the district's (`families: {help: …}` on the school); nil: the district's.
    public var familyHelp: [FamilyHelp]? = nil

    public var isFlaggedForSupport: Bool { !needsSupport.isEmpty }
}

public enum SupportNeed: String, CaseIterable, Sendable, Codable {
    case bandwidth, devices, supportStaff = "support_staff", general
}

/// Grades from pre-K (-1) and kindergarten (0) to 12, as a set of bits.
public struct GradeSet: Hashable, Sendable, Codable {
    public var bits: UInt16
    public init(bits: UInt16 = 0) { self.bits = bits }

    public static let all = GradeSet(bits: 0x3FFF)
    public var isEmpty: Bool { bits == 0 }
    public func contains(_ grade: Int) -> Bool { (-1...12).contains(grade) && bits & (1 << (grade + 1)) != 0 }
    public mutating func insert(_ grade: Int) { bits |= 1 << (grade + 1) }
    public func intersects(_ other: GradeSet) -> Bool { bits & other.bits != 0 }

    public var grades: [Int] { (-1...12).filter(contains) }

    public static func name(of grade: Int) -> String { grade == -1 ? "PK" : grade == 0 ? "K" : "\(grade)" }

    /// Reads `K`, `PK`, `3`, or a range such as `K-2` or `9-12`, in the spellings districts
    /// use: `KG` (OneRoster's kindergarten), `Pre-K` and `PreK` (pre-K, also in a range such as
    /// `Pre-K-5`), and an en dash for a range (`K–6`, as a word processor writes it). `TK`,
    /// transitional kindergarten, is none of these grades: it is refused (nil) rather than read
    /// as kindergarten, and `isTransitionalKindergarten` lets the message say what to write.
    public static func parse(_ text: String) -> GradeSet? {
        func grade(_ word: Substring) -> Int? {
            // Hot on state-scale plans: trim and compare without Foundation.
            let trimmed = word.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()
            switch String(trimmed).uppercased() {
            case "PK", "PREK": return -1
            case "K", "KG": return 0
            case let other: return Int(other).flatMap { (1...12).contains($0) ? $0 : nil }
            }
        }
        if text.utf8.count <= 2, let number = Int(text), (1...12).contains(number) {
            return GradeSet(bits: 1 << (number + 1))
        }
        var set = GradeSet()
        // "Pre-K" has a hyphen of its own, and a word processor writes a range with an en dash:
        // both are read as the plain spelling ("PK-5", "K-6") before the range is split.
        var written = Substring(text.drop { $0 == " " })
        if written.utf8.count >= 5, written.prefix(5).uppercased() == "PRE-K" { written = Substring("PK" + written.dropFirst(5)) }
        if written.contains("–") { written = Substring(String(written.map { $0 == "–" ? "-" : $0 })) }
        let parts = written.split(separator: "-", maxSplits: 1)
        if parts.count == 2 {
            guard let low = grade(parts[0]), let high = grade(parts[1]), low <= high else { return nil }
            for g in low...high { set.insert(g) }
        } else {
            guard let g = grade(written) else { return nil }
            set.insert(g)
        }
        return set
    }

    /// `TK` or a range from or to it (`TK-6`): a grade a district may name that the plan's
    /// grades (PK, K, 1–12) do not hold.
    public static func isTransitionalKindergarten(_ text: String) -> Bool {
        text.uppercased().split(whereSeparator: { $0 == "-" || $0 == "–" }).contains { $0.filter { $0 != " " } == "TK" }
    }

    /// `K-2, 5` style, for handouts.
    public var description: String {
        var runs: [String] = []
        var start: Int?
        var previous = -2
        for g in grades + [99] {
            if let s = start, g != previous + 1 {
                runs.append(s == previous ? GradeSet.name(of: s) : "\(GradeSet.name(of: s))-\(GradeSet.name(of: previous))")
                start = nil
            }
            if start == nil { start = g }
            previous = g
        }
        return runs.joined(separator: ", ")
    }
}

extension GradeSet {
    /// Written as the grades' names (`["K", "1", "2"]`), as a plan writes them, not as bits.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(grades.map(GradeSet.name(of:)))
    }

    public init(from decoder: any Decoder) throws {
        let names = try decoder.singleValueContainer().decode([String].self)
        self.init(bits: names.compactMap(GradeSet.parse).reduce(0) { $0 | $1.bits })
    }
}

extension School {
    /// A school as a roster gives it: the rest (enrollment, languages, help) comes from the plan.
    package init(id: String, name: String, grades: GradeSet, needsSupport: [SupportNeed], principal: String?, location: SourceLocation) {
        self.id = id
        self.name = name
        self.grades = grades
        self.needsSupport = needsSupport
        self.principal = principal
        self.location = location
    }
}
