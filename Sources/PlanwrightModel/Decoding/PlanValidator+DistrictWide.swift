import PlanwrightDocument

extension PlanValidator {
    /// `school: [district, cbe]` mixes the whole district with one of its schools: `district`
    /// stands alone (someone at every school) or the schools are listed. Said in those words, at
    /// `district`, rather than as "no such school", which would send a leader looking for one.
    /// True when it said so (the reference needs no other check).
    func districtWideAmongSchools(_ school: Reference, of member: StaffMember, schools: Set<String>) -> Bool {
        guard school.id == Plan.districtWideSchool, !schools.contains(school.id), !member.schoolShares.isEmpty else { return false }
        let others = member.schoolShares.map(\.school.id).filter { $0 != school.id }
        reader.error(english: "staff member '\(member.id)' is written at 'district' and at other schools; write school: district alone for someone who works for the whole district, or only their schools: school: [\(others.joined(separator: ", "))]",
                     at: school.location)
        return true
    }
}
