import PlanwrightDocument
import PlanwrightModel

/// A school year as people read it: "2026–27", with an en dash, as a range of years is printed.
enum SchoolYearWords {
    static func name(_ year: SchoolYearName) -> String {
        let next = (year.firstYear + 1) % 100
        return "\(year.firstYear)–\(next < 10 ? "0" : "")\(next)"
    }

    /// Unfinished work marked `carried_from`: "carried over from 2026–27".
    static func carriedOver(_ year: SchoolYearName, _ w: Wording = .english) -> String { w(.carriedOverFrom, ["year": name(year)]) }
}
