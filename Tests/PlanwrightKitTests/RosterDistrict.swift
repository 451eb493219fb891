import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning

/// A small district as its student information system exports it (OneRoster 1.1): an
/// elementary, a middle and a high school, aides without grades of their own (as rosters write
/// them), three people at the district office, students with their grades, and an alternative
/// programme that rosters no students. Its plan rolls out Chromebooks to grades 3-5.
/// Written to a new folder per test; `remove()` deletes it.
struct RosterDistrict {
    let folder: URL
    var plan: URL { folder.appendingPathComponent("plan.yaml") }

    static let orgs = """
        sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId
        dist-cv,active,2026-06-15T08:00:00Z,Clearwater Valley Unified School District,district,CVU,
        sch-adams,active,2026-06-15T08:00:00Z,Adams Elementary School,school,AES,dist-cv
        sch-monroe,active,2026-06-15T08:00:00Z,Monroe Middle School,school,MMS,dist-cv
        sch-eastside,active,2026-06-15T08:00:00Z,Eastside High School,school,EHS,dist-cv
        sch-bridge,active,2026-06-15T08:00:00Z,Bridge Alternative Program,school,BAP,dist-cv

        """

    /// `{name}` is the first teacher's full name, so a test can write it in another encoding.
    static let users = """
        sourcedId,status,enabledUser,orgSourcedIds,role,username,givenName,familyName,email,grades
        t-a1,active,true,sch-adams,teacher,rdelgado,Rosa,Delgado,rdelgado@cvusd.example,03
        t-a2,active,true,sch-adams,teacher,byazzie,Ben,Yazzie,byazzie@cvusd.example,04
        t-a3,active,true,sch-adams,teacher,jpena,{given},{family},jpena@cvusd.example,05
        t-a4,active,true,sch-adams,teacher,kode,Kim,Ode,kode@cvusd.example,KG
        a-a1,active,true,sch-adams,aide,lsoto,Lupe,Soto,lsoto@cvusd.example,
        t-m1,active,true,sch-monroe,teacher,mchen,Mei,Chen,mchen@cvusd.example,06
        t-m2,active,true,sch-monroe,teacher,kmensah,Kwame,Mensah,kmensah@cvusd.example,07
        t-e1,active,true,sch-eastside,teacher,sofia,Sofia,Rossi,srossi@cvusd.example,09
        t-e2,active,true,sch-eastside,teacher,dmorales,Diego,Morales,dmorales@cvusd.example,11
        a-e1,active,true,sch-eastside,aide,cmartin,Chris,Martin,cmartin@cvusd.example,
        a-e2,active,true,sch-eastside,aide,obrown,Olivia,Brown,obrown@cvusd.example,
        a-e3,active,true,sch-eastside,aide,fsayed,Fatima,Al-Sayed,fsayed@cvusd.example,
        t-b1,active,true,sch-bridge,teacher,pkowal,Piotr,Kowalski,pkowal@cvusd.example,
        d-1,active,true,dist-cv,administrator,ralvarado,Renee,Alvarado,ralvarado@cvusd.example,
        d-2,active,true,dist-cv,administrator,jwash,Jamal,Washington,jwash@cvusd.example,
        d-3,active,true,dist-cv,teacher,aperez,Ana,Pérez,aperez@cvusd.example,
        s-1,active,true,sch-adams,student,s-1,Ava,Thompson,,KG
        s-2,active,true,sch-adams,student,s-2,Leo,García,,03
        s-3,active,true,sch-adams,student,s-3,Mia,Okafor,,04
        s-4,active,true,sch-adams,student,s-4,Noah,Kim,,05
        s-5,active,true,sch-monroe,student,s-5,Zoe,Nguyen,,06
        s-6,active,true,sch-monroe,student,s-6,Eli,Brown,,08
        s-7,active,true,sch-eastside,student,s-7,Ivy,Chen,,09
        s-8,active,true,sch-eastside,student,s-8,Max,Rossi,,12

        """

    static let planText = """
        planwright: 1
        district:
          name: Clearwater Valley Unified School District
          vision: Every student in grades 3-5 has a device at school.
          team:
            - { name: Renee Alvarado, role: Director of Educational Technology }
            - { name: Rosa Delgado, role: Grade 3 Teacher }
        framework: edtech-systems
        year:
          start: 2026-08-24
          end: 2027-06-11
          closed: [{ name: Winter break, from: 2026-12-21, to: 2027-01-01 }]
          early_release: wednesday
        assessment: { date: 2026-05-14, ratings: { shared-vision: { current: 2, target: 3 } } }
        schools:
          oneroster: roster
        goals:
          - id: devices
            title: Grade 3-5 classrooms use Chromebooks daily
            indicators: [shared-vision]
            owner: Renee Alvarado
            grades: 3-5
            milestones:
              - { id: pilot, title: Pilot Chromebooks in two classrooms, days: 10, kind: pilot }
              - { id: gate, title: "Go/no-go: did the pilot classes use them daily?", days: 1, after: pilot, kind: gate }
              - { id: rollout, title: Chromebook rollout, days: 10, after: gate, kind: rollout }

        """

    /// The district's files, users.csv in `encoding` (Windows-1252 as Excel on Windows saves "CSV").
    init(given: String = "José", family: String = "Peña", encoding: String.Encoding = .utf8, plan: String = RosterDistrict.planText) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("planwright-roster-\(UUID().uuidString)")
        let roster = folder.appendingPathComponent("roster")
        try FileManager.default.createDirectory(at: roster, withIntermediateDirectories: true)
        try Data(Self.orgs.utf8).write(to: roster.appendingPathComponent("orgs.csv"))
        let users = Self.users.replacingPresent("{given}", with: given).replacingPresent("{family}", with: family)
        try #require(users.data(using: encoding)).write(to: roster.appendingPathComponent("users.csv"))
        try Data(plan.utf8).write(to: self.plan)
    }

    func run() -> PlanPipeline.Result { PlanPipeline().run(path: plan.path) }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}
