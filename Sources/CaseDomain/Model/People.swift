/// The client of a case.
public struct Client: Hashable, Sendable {
    /// The name in its own script (Дмитрий Иванов).
    public var name: String
    /// A Latin spelling (Dmitrii Ivanov), used in ASCII mode and for searching.
    public var latinName: String?
    public var aNumber: ANumber?
    public var birthDate: CivilDate?
    /// ISO 3166-1 alpha-2 or `stateless`.
    public var nationality: String?
    /// BCP 47 primary tags.
    public var languages: [String]
    public var interpreter: Bool

    public init(name: String, latinName: String? = nil, aNumber: ANumber? = nil, birthDate: CivilDate? = nil,
                nationality: String? = nil, languages: [String] = [], interpreter: Bool = false) {
        self.name = name
        self.latinName = latinName
        self.aNumber = aNumber
        self.birthDate = birthDate
        self.nationality = nationality
        self.languages = languages
        self.interpreter = interpreter
    }
}

/// A family member on the case (derivative applicant or relative).
public struct FamilyMember: Hashable, Sendable {
    public var name: String
    public var latinName: String?
    public var relation: String?
    public var aNumber: ANumber?
    public var birthDate: CivilDate?

    public init(name: String, latinName: String? = nil, relation: String? = nil, aNumber: ANumber? = nil,
                birthDate: CivilDate? = nil) {
        self.name = name
        self.latinName = latinName
        self.relation = relation
        self.aNumber = aNumber
        self.birthDate = birthDate
    }
}

/// The person a released client lives with.
public struct Sponsor: Hashable, Sendable {
    public var name: String
    public var relation: String?
    public var phone: String?
    public var address: String?

    public init(name: String, relation: String? = nil, phone: String? = nil, address: String? = nil) {
        self.name = name
        self.relation = relation
        self.phone = phone
        self.address = address
    }
}

/// A person in the store's staff directory.
public struct StaffMember: Hashable, Sendable {
    public var login: String
    public var name: String
    public var initials: String
    public var role: StaffRole

    public init(login: String, name: String, initials: String, role: StaffRole) {
        self.login = login
        self.name = name
        self.initials = initials
        self.role = role
    }
}
