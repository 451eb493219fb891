import Foundation
import PlanwrightDocument

public struct StaffMember: Sendable {
    public var id: String
    public var name: String
    /// Their school; for someone at several schools, the one where they spend the most time (the
    /// first written, when equal): where their training group and champion are (trained once).
    public var school: Reference
    /// Every school of someone who works at several (`school: [cbjh, cbhs]` or
    /// `school: {cbjh: 60%, cbhs: 40%}`), with the share of their time at each, adding up to
    /// 100%; empty for someone at one school.
    public var schoolShares: [SchoolShare] = []
    /// Someone who works for the district as a whole (`school: district`): at every school,
    /// their time shared equally (`schoolShares`).
    public var districtWide = false
    public var role: StaffRole
    public var subjects: [String]
    public var grades: GradeSet
    public var comfort: Comfort?
    public var champion: ChampionInterest
    public var email: String?
    /// First day, for someone who joins during the year (`joined:`): groups that held sessions
    /// before it are not theirs to have attended.
    public var joined: SchoolDate? = nil
    public var location: SourceLocation
}

extension StaffMember {
    /// The ids of every school they work at, as written.
    public var schoolIds: [String] { schoolShares.isEmpty ? [school.id] : schoolShares.map(\.school.id) }

    /// Their share of time at `school`: all of it at their one school, none elsewhere.
    public func share(at school: String) -> Share {
        guard !schoolShares.isEmpty else { return school == self.school.id ? .all : Share(basisPoints: 0) }
        return schoolShares.first { $0.school.id == school }?.share ?? Share(basisPoints: 0)
    }
}

/// One school of someone who works at several, and the share of their time there.
public struct SchoolShare: Sendable {
    public var school: Reference
    public var share: Share

    public init(school: Reference, share: Share) {
        self.school = school
        self.share = share
    }
}

public enum StaffRole: String, CaseIterable, Sendable, Codable {
    case teacher, aide, specialist, coach, librarian, counselor, administrator, other
}

public enum ChampionInterest: String, CaseIterable, Sendable, Codable {
    case yes, no, volunteer
}

/// How at ease someone is with the technology: a 1–5 self-rating, or a CBAM Level of Use
/// (Hall & Hord's Concerns-Based Adoption Model), which maps onto the same 1–5 range.
public struct Comfort: Hashable, Sendable, Codable {
    public var value: Int
    public var levelOfUse: LevelOfUse?

    public init(value: Int, levelOfUse: LevelOfUse? = nil) {
        self.value = value
        self.levelOfUse = levelOfUse
    }

    public enum LevelOfUse: String, CaseIterable, Sendable, Codable {
        case nonUse = "non-use", orientation, preparation, mechanical, routine, refinement, integration, renewal

        /// Non-use and orientation are just starting; routine use is fluent; refinement and beyond lead.
        public var comfort: Int {
            switch self {
            case .nonUse, .orientation: return 1
            case .preparation, .mechanical: return 2
            case .routine: return 3
            case .refinement: return 4
            case .integration, .renewal: return 5
            }
        }

        public init?(name: String) {
            let key = name.lowercased().replacingOccurrences(of: " ", with: "-").replacingOccurrences(of: "_", with: "-")
            guard let level = LevelOfUse(rawValue: key == "nonuse" ? "non-use" : key) else { return nil }
            self = level
        }
    }
}

extension StaffMember {
    /// A person as a roster gives them, at one school.
    package init(id: String, name: String, school: Reference, role: StaffRole, subjects: [String], grades: GradeSet,
                 comfort: Comfort?, champion: ChampionInterest, email: String?, location: SourceLocation) {
        self.id = id
        self.name = name
        self.school = school
        self.role = role
        self.subjects = subjects
        self.grades = grades
        self.comfort = comfort
        self.champion = champion
        self.email = email
        self.location = location
    }
}
