import PlanwrightDocument

extension Plan {
    /// What a district writes for staff who belong to no one school, such as a counselor or a
    /// technology aide for a whole campus.
    package static let districtWideSchool = "district"

    /// `school: district` is someone who works for the district as a whole: they are at every
    /// school, their time shared equally, rather than at a "District Office" school invented to
    /// hold them (which would get a handout of its own). Done once the schools are known, after
    /// a roster is imported; a plan with a school whose id is `district` keeps its meaning.
    mutating func placeDistrictWideStaff() {
        guard !schools.contains(where: { $0.id == Self.districtWideSchool }), let first = schools.first else { return }
        let each = Share.whole / schools.count, over = Share.whole - each * schools.count
        for index in staff.indices where staff[index].school.id == Self.districtWideSchool && staff[index].schoolShares.isEmpty {
            let written = staff[index].school.location
            staff[index].districtWide = true
            staff[index].school = Reference(first.id, at: written)
            staff[index].schoolShares = schools.enumerated().map { position, school in
                SchoolShare(school: Reference(school.id, at: written), share: Share(basisPoints: each + (position < over ? 1 : 0)))
            }
        }
    }
}
