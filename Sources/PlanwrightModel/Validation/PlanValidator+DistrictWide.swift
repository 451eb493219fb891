import PlanwrightDocument

extension PlanValidator {
    /// `school: [district, cbe]` mixes the whole district with one of its schools: `district`
    /// stands alone (someone at every school) or the schools are listed. Said in those words, at
    /// `district`, rather than as "no such school", which would send a leader looking for one.
    /// True when it said so (the reference needs no other check).
    func districtWideAmongSchools(_ school: Reference, of member: StaffMember, schools: Set<String>) -> Bool {
        guard school.id == Plan.districtWideSchool, !schools.contains(school.id), !member.schoolShares.isEmpty else { return false }
        let others = member.schoolShares.map(\.school.id).filter { $0 != school.id }
        reader.error(Message("validate_district_among_schools", ["member": .text(member.id), "schools": .text(others.joined(separator: ", "))]),
                     at: school.location)
        return true
    }
}
