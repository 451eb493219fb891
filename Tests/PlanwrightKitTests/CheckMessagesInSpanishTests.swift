import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning

/// The planner's checks on training, scope, funding rules, flagged schools and framework roles
/// are worded from the strings files, values and all: a window's reason, a track's default name,
/// whom work is for, a budget category, a fiscal year and money read in Spanish, never English
/// glued into a Spanish sentence. English stays as it always was.
struct CheckMessagesInSpanishTests {
    static func spanish() throws -> Wording { try #require(Wording.load(language: "es").value) }

    /// The one diagnostic whose English starts with `prefix`.
    static func one(_ diagnostics: [Diagnostic], startingWith prefix: String) throws -> Diagnostic {
        let found = diagnostics.filter { $0.message.hasPrefix(prefix) }
        #expect(found.count == 1, "\(diagnostics.map(\.message))")
        return try #require(found.first)
    }

    static func spanish(_ diagnostic: Diagnostic) throws -> String { try spanish().say(diagnostic.content) }

    // MARK: Money, worded by the language

    @Test func moneyIsWrittenAsEachLanguageWritesIt() throws {
        let amounts: [Message.Value] = [.money(cents: 1_200_00, currency: "USD"), .money(cents: 1_200_50, currency: "USD"), .money(cents: -5_00, currency: "USD")]
        #expect(amounts.map(Wording.english.say) == ["$1,200", "$1,200.50", "-$5"])
        #expect(try amounts.map(Self.spanish().say) == ["$1,200", "$1,200.50", "-$5"])
        // The checks' English is the budget's words to the cent, as it has always been.
        for written in ["18400", "18400.50", "0.05", "1234567.89", "-1200"] {
            let money = try #require(Money(written: written))
            #expect(Wording.english.say(Currency.usd.value(money)) == Currency.usd.words(money), "\(written)")
        }
    }

    // MARK: TrainingSessionsPlaced

    @Test func aTrainingWindowWithNoDayIsSaidInSpanish() throws {
        let warning = try Self.one(PlanFixture.run(DateRangeOrderTests.adjacent).diagnostics, startingWith: "training for 'Canvas goes live' has no session")
        #expect(warning.message.hasPrefix("training for 'Canvas goes live' has no session: its training window holds no day (after go/no-go 'gate', before rollout 'r'), "
            + "as the rollout starts right after what comes before it; leave PD or early-release days in between (a later 'not_before' on the rollout), so its 8 staff in "))
        let spanish = try Self.spanish(warning)
        #expect(spanish.hasPrefix("la capacitación para 'Canvas goes live' no tiene sesiones: su período de capacitación no tiene ningún día "
            + "(después de la decisión de continuar o no 'gate', antes de la implementación 'r'), porque la implementación empieza justo después de lo que la precede; "
            + "deje días de desarrollo profesional o de salida temprana entre ambos (un 'not_before' más tardío en la implementación), para que sus 8 miembros del personal en "), "\(spanish)")
        #expect(spanish.hasSuffix("reciban capacitación antes de que se les pida usarla"), "\(spanish)")
    }

    @Test func aWindowOfOnlyAWeekendIsSaidInSpanish() throws {
        let goal = PlanFixture.goal("{ id: g, title: G, days: 1, kind: gate, on: 2026-12-11 }, { id: r, title: R, days: 3, kind: rollout, after: g, on: 2026-12-14 }")
        let warning = try Self.one(PlanFixture.run(PlanFixture.yaml(goals: goal)).diagnostics, startingWith: "training track 'Leading' has no session")
        #expect(warning.message == "training track 'Leading' has no session for 'R': its training window, 2026-12-12 to 2026-12-13 (after go/no-go 'g', before rollout 'r'), "
            + "holds no school day; widen it to take in school days, so the 1 member of staff is trained before they are asked to use it")
        #expect(try Self.spanish(warning) == "el itinerario de capacitación 'Liderazgo' no tiene sesiones para 'R': su período de capacitación, del 2026-12-12 al 2026-12-13 "
            + "(después de la decisión de continuar o no 'g', antes de la implementación 'r'), no tiene ningún día de clases; amplíelo para que incluya días de clases, "
            + "de modo que el 1 miembro del personal reciba capacitación antes de que se le pida usarla")
    }

    @Test func aYearWithoutTrainingDaysIsSaidInSpanish() throws {
        let yaml = PlanFixture.yaml(year: "{ start: 2026-08-24, end: 2027-06-11 }", goals: PlanFixture.goal("{ id: a, title: A, days: 3 }"))
        let warning = try Self.one(PlanFixture.run(yaml).diagnostics, startingWith: "training track 'Leading' has no session")
        #expect(warning.message == "training track 'Leading' has no session: no PD or early-release day falls between 2026-08-24 and 2026-11-27 "
            + "(no rollout is planned, so training goes in the first cycle); add one, so the 1 member of staff is trained before they are asked to use it")
        #expect(try Self.spanish(warning) == "el itinerario de capacitación 'Liderazgo' no tiene sesiones: no hay ningún día de desarrollo profesional ni de salida temprana "
            + "entre el 2026-08-24 y el 2026-11-27 (no hay ninguna implementación planificada, así que la capacitación va en el primer ciclo); "
            + "agregue uno, de modo que el 1 miembro del personal reciba capacitación antes de que se le pida usarla")
    }

    @Test func aGroupLeftShortIsSaidInSpanish() throws {
        let training = "training: { tracks: [{ id: all, name: Everyone, comfort: [1, 5], sessions: 3, minutes: 180 }] }"
        let plan = try #require(TrainingTests().plan(staff: TrainingTests.staff([("north", "2", 3)]), training: training))
        let warning = try Self.one(plan.diagnostics, startingWith: "training track 'Everyone' gets 2 of its 3 sessions")
        #expect(warning.message == "training track 'Everyone' gets 2 of its 3 sessions for 'Rollout' in group 'r.all-north-1': only 2 training days fit a 180-minute session "
            + "between 2026-09-08 and 2026-11-13 (after go/no-go 'gate', before rollout 'r'); add PD or early-release days there, or plan fewer sessions")
        #expect(try Self.spanish(warning) == "el itinerario de capacitación 'Everyone' recibe 2 de sus 3 sesiones para 'Rollout' en el grupo 'r.all-north-1': "
            + "solo 2 días de capacitación tienen cabida para una sesión de 180 minutos entre el 2026-09-08 y el 2026-11-13 "
            + "(después de la decisión de continuar o no 'gate', antes de la implementación 'r'); "
            + "agregue días de desarrollo profesional o de salida temprana en el período, o planifique menos sesiones")
    }

    @Test func groupsLeftShortAreNamedInSpanish() throws {
        let staff = (1...16).map { "{ id: t\($0), name: Teacher \($0), school: \(["oak", "elm", "ash", "fir"][($0 - 1) / 4]), comfort: 1 }" }
        let yaml = PlanFixture.yaml(
            year: "{ start: 2026-08-24, end: 2027-06-11, early_release: [2026-11-04, 2026-11-11] }",
            schools: "[{ id: oak, name: Oak Elementary }, { id: elm, name: Elm Elementary }, { id: ash, name: Ash Middle School }, { id: fir, name: Fir High School }]",
            staff: "[\(staff.joined(separator: ", "))]",
            goals: PlanFixture.goal("{ id: gate, title: Go/no-go, days: 1, kind: gate, status: done, done_on: 2026-09-01 }, { id: r, title: Canvas goes live, days: 5, after: gate, kind: rollout, not_before: 2026-11-16 }"),
            extra: "training: { max_group: 4 }")
        let warning = try Self.one(PlanFixture.run(yaml).diagnostics, startingWith: "training track 'Getting started' gets fewer than its 3 sessions for 'Canvas goes live' in 4 groups (")
        let spanish = try Self.spanish(warning)
        #expect(spanish.hasPrefix("el itinerario de capacitación 'Primeros pasos' recibe menos de sus 3 sesiones para 'Canvas goes live' en 4 grupos ('"), "\(spanish)")
        #expect(spanish.contains("' recibe 2, '") && !spanish.contains(" gets "), "\(spanish)")
        #expect(spanish.hasSuffix("; agregue días de desarrollo profesional o de salida temprana en el período, o planifique menos sesiones"), "\(spanish)")
    }

    // MARK: ScopeReachesSomeone

    @Test func workForNoSchoolsGradesIsSaidInSpanish() throws {
        let warning = try Self.one(ScopeTests().run("""
            [{ id: lms, title: Canvas, indicators: [shared-vision], schools: [elem], grades: 6-12,
               milestones: [{ id: a, title: A, days: 2 }, { id: b, title: B, days: 2, after: a, kind: rollout }] }]
            """).diagnostics, startingWith: "milestone 'a' is for")
        #expect(warning.message == "milestone 'a' is for grades 6–12, at Elm Elementary, which no school of the plan teaches: it reaches nobody; check its goal's and its own 'schools' and 'grades'")
        #expect(try Self.spanish(warning) == "el hito 'a' es para grados 6–12, en Elm Elementary, y ninguna escuela del plan tiene esos grados: no llega a nadie; "
            + "revise 'schools' y 'grades' en su meta y en el propio hito")
    }

    @Test func aRolloutForARoleNobodyHasIsSaidInSpanish() throws {
        let warning = try Self.one(ScopeTests().run("""
            [{ id: lms, title: Canvas, indicators: [shared-vision], milestones: [{ id: b, title: B, days: 2, kind: rollout, roles: [librarian] }] }]
            """).diagnostics, startingWith: "rollout 'b' is for")
        #expect(warning.message == "rollout 'b' is for librarians, and no staff member is: nobody would be trained for it; check the scope's 'roles' and 'subjects' against the staff list")
        #expect(try Self.spanish(warning) == "la implementación 'b' es para bibliotecarios, y ningún miembro del personal lo es: nadie recibiría capacitación para ella; "
            + "compare 'roles' y 'subjects' del alcance con la lista del personal")
    }

    // MARK: SpendingReachesFlaggedSchools

    @Test func aFlaggedSchoolBelowTheMedianIsSaidInSpanish() throws {
        let below = BudgetCheckTests.plan(schools: BudgetCheckTests.threeSchools, milestones: BudgetCheckTests.spending(north: 300),
                                          extra: BudgetCheckTests.funding(BudgetCheckTests.generalFund))
        let warning = try Self.one(SpendingReachesFlaggedSchools().diagnostics(in: BudgetCheckTests().context(below)), startingWith: "North Elementary")
        #expect(warning.message == "North Elementary is flagged as needing support, but the plan spends $3 per student there against a district median of $5 ($2 less) over FY2027–FY2031; "
            + "schools that might otherwise struggle need infrastructure, support staff and future upgrades planned and budgeted first")
        #expect(try Self.spanish(warning) == "North Elementary está señalada como escuela que necesita apoyo, pero el plan gasta allí $3 por estudiante frente a una mediana del distrito de $5 "
            + "($2 menos) en AF2027–AF2031; las escuelas a las que de otro modo les costaría sostener la tecnología necesitan que primero se planifiquen y presupuesten "
            + "la infraestructura, el personal de apoyo y las futuras actualizaciones")
    }

    @Test func whatTheMedianLeftOutIsSaidInSpanish() throws {
        let warning = try Self.one(PlanFixture.run(MoneyOneWayTests.district(highSchoolWiFi: 20_000)).diagnostics, startingWith: "Central High School is flagged")
        let spanish = try Self.spanish(warning)
        #expect(spanish.contains("frente a una mediana de $40 en 5 escuelas, contando solo lo que podría llegar a grados 9–12 (sin contar: Student Chromebooks, para grados 3–5) ($20 menos)"),
                "\(spanish)")
    }

    @Test func aFlaggedSchoolWithoutStudentsIsSaidInSpanish() throws {
        let unenrolled = "[{ id: north, name: North Elementary, needs_support: [bandwidth] }, { id: south, name: South Elementary, students: 100 }, { id: east, name: East Elementary, students: 200 }]"
        let yaml = BudgetCheckTests.plan(schools: unenrolled, milestones: BudgetCheckTests.spending(north: 300), extra: BudgetCheckTests.funding(BudgetCheckTests.generalFund))
        let warning = try Self.one(SpendingReachesFlaggedSchools().diagnostics(in: BudgetCheckTests().context(yaml)), startingWith: "North Elementary")
        #expect(try Self.spanish(warning).hasPrefix("North Elementary está señalada como escuela que necesita apoyo, pero su gasto por estudiante no puede compararse"))
    }

    // MARK: FundingRestrictionsKept

    @Test func aShareCapBrokenByTwoCostsIsSaidInSpanish() throws {
        let yaml = BudgetCheckTests.plan(milestones: BudgetCheckTests.milestone(costs: ["{ item: Switches, category: infrastructure, amount: 6000, funding: t4 }",
                                                                                       "{ item: Cabling, category: infrastructure, amount: 5000, funding: t4 }",
                                                                                       "{ item: Racks, category: infrastructure, amount: 1000, funding: t4 }"]),
                                         extra: BudgetCheckTests.funding(BudgetCheckTests.titleIV))
        let error = try Self.one(FundingRestrictionsKept().diagnostics(in: BudgetCheckTests().context(yaml)), startingWith: "Cabling")
        #expect(error.message == "Cabling and the cost after it would put infrastructure at $12,000 of the $64,000 from Title IV-A in FY2027, over its 15% cap ($9,600) by $2,400; move part of them to another source")
        #expect(try Self.spanish(error) == "Cabling y el costo posterior llevaría infraestructura a $12,000 de los $64,000 de Title IV-A en AF2027, por encima de su límite del 15% ($9,600) por $2,400; "
            + "pase parte de esos costos a otra fuente")
    }

    @Test func aPurposesShareAndCapAreSaidInSpanish() throws {
        let capped = FundingRulesTests.plan(milestones: BudgetCheckTests.milestone("cb", schools: "[adams]", costs: [
            "{ item: Student Chromebooks, category: devices, amount: 350, per: device, count: 20, funding: t4 }"]), sources: FundingRulesTests.titleIV())
        let cap = try Self.one(PlanFixture.run(capped).diagnostics, startingWith: "Student Chromebooks would put")
        #expect(try Self.spanish(cap) == "Student Chromebooks llevaría dispositivos, infraestructura y software a $7,000 de los $41,760 que Title IV-A reserva para Effective use of technology "
            + "(58% de $72,000) en AF2027, por encima de su límite del 15% ($6,264) por $736; pase parte de ese costo a otra fuente")
        let over = FundingRulesTests.plan(milestones: BudgetCheckTests.milestone("pd", schools: "[adams]", costs: [
            "{ item: Summer institute stipends, category: stipends, amount: 45000, funding: t4 }"]), sources: FundingRulesTests.titleIV())
        let share = try Self.one(PlanFixture.run(over).diagnostics, startingWith: "Summer institute stipends would put")
        #expect(try Self.spanish(share) == "Summer institute stipends llevaría Effective use of technology a $45,000 de los $41,760 que Title IV-A reserva para Effective use of technology "
            + "(58% de $72,000) en AF2027, $3,240 de más; pase parte de ese costo a otra fuente")
    }

    @Test func aCategoryNoPurposePaysForIsSaidInSpanish() throws {
        let elsewhere = FundingRulesTests.plan(milestones: BudgetCheckTests.milestone("tech", schools: "[adams]", costs: [
            "{ item: Technician, category: support_staff, amount: 5000, funding: t4 }"]), sources: FundingRulesTests.titleIV())
        let error = try Self.one(PlanFixture.run(elsewhere).diagnostics, startingWith: "Technician is")
        #expect(error.message == "Technician is support staff, which none of Title IV-A's purposes pays for (Effective use of technology: devices, infrastructure, software, training and stipends); "
            + "add support_staff to the 'categories' of the purpose it serves, or charge it to another source")
        let spanish = try Self.spanish(error)
        #expect(spanish.hasPrefix("Technician es de personal de apoyo, que ninguno de los propósitos de Title IV-A paga (Effective use of technology: dispositivos, infraestructura, software, "), "\(spanish)")
        #expect(spanish.hasSuffix("; agregue support_staff a las 'categories' del propósito al que sirve, o cárguelo a otra fuente"), "\(spanish)")
    }

    @Test func aPerStudentBudgetIsSaidInSpanish() throws {
        let yaml = FundingRulesTests.plan(milestones: BudgetCheckTests.milestone("wifi", schools: "[adams, baker, carver, douglas]", costs: [
            "{ item: Wireless network, category: infrastructure, amount: 470000, funding: erate }"]), sources: FundingRulesTests.erate(), FundingRulesTests.generalFund)
        let error = try Self.one(PlanFixture.run(yaml).diagnostics, startingWith: "Wireless network would put")
        #expect(error.message == "Wireless network would put E-Rate Category 2 at $470,000 before its 80% discount, over its $465,626.70 budget for FY2027–FY2031 "
            + "(2,310 students at $201.57, or $30,175 a school at 4 schools, whichever is more) by $4,373.30; move part of it to another source")
        #expect(try Self.spanish(error) == "Wireless network llevaría E-Rate Category 2 a $470,000 antes de su descuento del 80%, por encima de su presupuesto de $465,626.70 para AF2027–AF2031 "
            + "(2,310 estudiantes a $201.57, o $30,175 por escuela en 4 escuelas, lo que sea mayor) por $4,373.30; pase parte de ese costo a otra fuente")
    }

    // MARK: MilestoneAssembler

    @Test func aFrameworkRoleNobodyHoldsIsSaidInSpanish() throws {
        let planned = try #require(PlanFixture.run(OwnerResolutionTests.yaml()).improvementPlan)
        let warning = try Self.one(planned.diagnostics, startingWith: "nobody holds the framework's role")
        #expect(warning.message == "nobody holds the framework's role 'principal', so its step (shared-vision-3) has no owner: no team member's title contains 'principal'; "
            + "name who does it under 'owners.roles', such as 'principal: <a name from the team>'")
        #expect(try Self.spanish(warning) == "nadie ocupa el rol 'principal' del marco, así que su paso (shared-vision-3) no tiene responsable: el cargo de ningún miembro del equipo contiene 'principal'; "
            + "indique quién lo hace en 'owners.roles', como 'principal: <un nombre del equipo>'")
    }

    @Test func aRoleWithSeveralStepsAndTitleWordsIsSaidInSpanish() throws {
        let warning = try Self.one(SmallDistrictWordsTests.run(RolesMappedInThePlanTests.plan).diagnostics, startingWith: "nobody holds the framework's role 'edtech leader'")
        #expect(try Self.spanish(warning) == "nadie ocupa el rol 'edtech leader' del marco, así que sus 2 pasos (shared-vision-1, shared-vision-2) no tienen responsable: "
            + "el cargo de ningún miembro del equipo contiene alguna de 'digital learning', 'edtech', 'educational technology', 'instructional technology', 'technology integration'; "
            + "indique quién los hace en 'owners.roles', como 'edtech leader: <un nombre del equipo>'")
    }
}
