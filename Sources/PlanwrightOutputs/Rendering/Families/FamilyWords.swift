import Foundation
import PlanwrightModel

/// The words of family and student pages, per language, keyed as the strings files key them
/// (`family_help_heading`), so each table moves into `Templates/strings/<lang>.po` as it is.
/// Placeholders are named: `{school}`, `{date}`.
struct FamilyWords: Sendable {
    let language: String
    private let table: [String: String]

    /// The words of `language`; nil when Planwright has no strings for it.
    init?(language: String) {
        guard let table = Self.tables[language] else { return nil }
        self.language = language
        self.table = table
    }

    /// The languages pages can be made in.
    static var languages: [String] { tables.keys.sorted() }

    /// Where a language's strings are expected, for the message when there are none.
    static func expectedFile(_ language: String) -> String { "Templates/strings/\(language).po" }

    func callAsFunction(_ key: String, _ values: [String: String] = [:]) -> String {
        var text = table[key] ?? Self.tables[LocalizedText.planLanguage]?[key] ?? key
        for (name, value) in values { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
        return text
    }

    /// Every key's text, for templates (`{{t.family_help_heading}}`).
    var all: [String: String] { table }

    /// "Fri, Oct 2" / "vie, 2 oct": a day as the language writes it.
    func day(_ date: SchoolDate) -> String { format(date, template: "EEEMMMd") }

    /// "October 2026" / "octubre de 2026", with a capital, as a heading starts.
    func month(_ date: SchoolDate) -> String {
        let text = format(date, template: "MMMMy")
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    private func format(_ date: SchoolDate, template: String) -> String {
        let (year, month, day) = date.components
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let instant = calendar.date(from: DateComponents(year: year, month: month, day: day)) else { return date.description }
        let formatter = DateFormatter()
        formatter.calendar = calendar
        formatter.timeZone = calendar.timeZone
        formatter.locale = Locale(identifier: language)
        formatter.setLocalizedDateFormatFromTemplate(template)
        return formatter.string(from: instant)
    }

    private static let tables: [String: [String: String]] = ["en": english, "es": spanish]

    private static let english: [String: String] = [
        "language_name": "English",
        "family_page_title": "{school}: for families",
        "family_intro": "What changes with technology at {school} this school year, and how to get help.",
        "family_principal": "Principal: {name}",
        "family_goals_heading": "What we are working on",
        "family_changes_heading": "What changes for students, and when",
        "family_no_changes": "Nothing new for students is planned at our school yet this year.",
        "family_from": "From {date}",
        "family_span": "{start} to {end}",
        "family_change_trial_devices": "A few classes try new devices first.",
        "family_change_everyone_devices": "Students start using new devices.",
        "family_change_trial_software": "A few classes try new software for class first.",
        "family_change_everyone_software": "Students start using new software in class.",
        "family_change_trial_network": "Faster internet and wireless is tried in a few classrooms first.",
        "family_change_everyone_network": "Faster, more reliable internet and wireless at school.",
        "family_change_trial_practice": "A few classes try a new way of learning with technology first.",
        "family_change_everyone_practice": "Classes start a new way of learning with technology.",
        "family_help_heading": "Getting help",
        "family_no_help": "Ask at the school office: they will know whom to call.",
        "family_feedback_heading": "Tell us what you think",
        "family_feedback_default": "Tell your child's teacher or the school office what works for your family and what does not.",
        "help_hotspots": "Internet at home",
        "help_devices": "Devices",
        "help_repairs": "Repairs",
        "help_accounts": "Accounts and passwords",
        "help_help-line": "Help line",
        "help_feedback": "Your opinion",
        "help_other": "More help",
        "contact_phone": "Phone",
        "contact_web": "Web",
        "contact_email": "Email",
        "family_other_languages": "This page in other languages:",
        "family_not_translated": "Parts of this page are not yet translated and appear in English.",
        "family_footer": "Made from {district}'s plan for this school year.",
        "student_page_title": "{school}: for students",
        "student_intro": "What changes for you this year with technology, and where to get help.",
        "student_changes_heading": "What changes, and when",
        "student_help_heading": "Need help?",
        "student_feedback": "Tell your teacher what works and what does not: the plan changes when it needs to.",
        "student_change_trial_devices": "A few classes try new devices first.",
        "student_change_everyone_devices": "You start using new devices.",
        "student_change_trial_software": "A few classes try new software for class first.",
        "student_change_everyone_software": "You start using new software in class.",
        "student_change_trial_network": "Faster wireless is tried in a few classrooms first.",
        "student_change_everyone_network": "Faster, more reliable wireless at school.",
        "student_change_trial_practice": "A few classes try a new way of learning with technology first.",
        "student_change_everyone_practice": "Your classes start a new way of learning with technology.",
        "student_change_step": "Something changes at school: your teacher will tell you more.",
    ]

    private static let spanish: [String: String] = [
        "language_name": "Español",
        "family_page_title": "{school}: para las familias",
        "family_intro": "Lo que cambia con la tecnología en {school} este año escolar, y cómo obtener ayuda.",
        "family_principal": "Director(a): {name}",
        "family_goals_heading": "En qué estamos trabajando",
        "family_changes_heading": "Qué cambia para los estudiantes, y cuándo",
        "family_no_changes": "Todavía no hay nada nuevo planeado para los estudiantes de nuestra escuela este año.",
        "family_from": "A partir del {date}",
        "family_span": "Del {start} al {end}",
        "family_change_trial_devices": "Algunas clases prueban primero los nuevos dispositivos.",
        "family_change_everyone_devices": "Los estudiantes empiezan a usar nuevos dispositivos.",
        "family_change_trial_software": "Algunas clases prueban primero un nuevo programa para la clase.",
        "family_change_everyone_software": "Los estudiantes empiezan a usar un nuevo programa en clase.",
        "family_change_trial_network": "Se prueba primero un internet inalámbrico más rápido en algunos salones.",
        "family_change_everyone_network": "Internet inalámbrico más rápido y confiable en la escuela.",
        "family_change_trial_practice": "Algunas clases prueban primero una nueva forma de aprender con tecnología.",
        "family_change_everyone_practice": "Las clases empiezan una nueva forma de aprender con tecnología.",
        "family_help_heading": "Cómo obtener ayuda",
        "family_no_help": "Pregunte en la oficina de la escuela: ahí le dirán a quién llamar.",
        "family_feedback_heading": "Díganos qué piensa",
        "family_feedback_default": "Dígale al maestro de su hijo o a la oficina de la escuela qué le funciona a su familia y qué no.",
        "help_hotspots": "Internet en casa",
        "help_devices": "Dispositivos",
        "help_repairs": "Reparaciones",
        "help_accounts": "Cuentas y contraseñas",
        "help_help-line": "Línea de ayuda",
        "help_feedback": "Su opinión",
        "help_other": "Más ayuda",
        "contact_phone": "Teléfono",
        "contact_web": "Sitio web",
        "contact_email": "Correo electrónico",
        "family_other_languages": "Esta página en otros idiomas:",
        "family_not_translated": "Algunas partes de esta página todavía no están traducidas y aparecen en inglés.",
        "family_footer": "Hecho a partir del plan de {district} para este año escolar.",
        "student_page_title": "{school}: para estudiantes",
        "student_intro": "Lo que cambia para ti este año con la tecnología, y dónde pedir ayuda.",
        "student_changes_heading": "Qué cambia, y cuándo",
        "student_help_heading": "¿Necesitas ayuda?",
        "student_feedback": "Dile a tu maestro qué funciona y qué no: el plan cambia cuando hace falta.",
        "student_change_trial_devices": "Algunas clases prueban primero los nuevos dispositivos.",
        "student_change_everyone_devices": "Empiezas a usar nuevos dispositivos.",
        "student_change_trial_software": "Algunas clases prueban primero un nuevo programa para la clase.",
        "student_change_everyone_software": "Empiezas a usar un nuevo programa en clase.",
        "student_change_trial_network": "Se prueba primero un internet inalámbrico más rápido en algunos salones.",
        "student_change_everyone_network": "Internet inalámbrico más rápido y confiable en la escuela.",
        "student_change_trial_practice": "Algunas clases prueban primero una nueva forma de aprender con tecnología.",
        "student_change_everyone_practice": "Tus clases empiezan una nueva forma de aprender con tecnología.",
        "student_change_step": "Algo cambia en la escuela: tu maestro te contará más.",
    ]
}
