import CaseDomain

/// Names in their own script with a common Latin spelling, per nationality, for synthetic cases.
struct NamePool: Sendable {
    var nationality: String
    var language: String
    var givenNames: [(native: String, latin: String)]
    var familyNames: [(native: String, latin: String)]
    /// The grounds such claims most often rest on.
    var grounds: [[Ground]]
    /// Family names written before given names (Chinese).
    var familyFirst = false
    /// Names without spaces between the parts (Chinese).
    var joined = false
}

enum NamePools {
    static let all: [(weight: Int, pool: NamePool)] = [
        (30, NamePool(nationality: "RU", language: "ru",
                      givenNames: [("Дмитрий", "Dmitrii"), ("Алексей", "Aleksei"), ("Сергей", "Sergei"),
                                   ("Андрей", "Andrei"), ("Михаил", "Mikhail"), ("Илья", "Ilia"),
                                   ("Екатерина", "Ekaterina"), ("Ольга", "Olga"), ("Юлия", "Iuliia"),
                                   ("Мария", "Mariia"), ("Анастасия", "Anastasiia"), ("Артём", "Artem")],
                      familyNames: [("Иванов", "Ivanov"), ("Смирнов", "Smirnov"), ("Кузнецов", "Kuznetsov"),
                                    ("Попов", "Popov"), ("Соколов", "Sokolov"), ("Лебедев", "Lebedev"),
                                    ("Морозов", "Morozov"), ("Волков", "Volkov"), ("Фёдоров", "Fedorov"),
                                    ("Жуков", "Zhukov"), ("Щербаков", "Shcherbakov"), ("Орлов", "Orlov")],
                      grounds: [[.politicalOpinion], [.politicalOpinion, .cat], [.particularSocialGroup],
                                [.religion]])),
        (20, NamePool(nationality: "UA", language: "uk",
                      givenNames: [("Олена", "Olena"), ("Олександр", "Oleksandr"), ("Юрій", "Yurii"),
                                   ("Тарас", "Taras"), ("Оксана", "Oksana"), ("Богдан", "Bohdan"),
                                   ("Ірина", "Iryna"), ("Віктор", "Viktor")],
                      familyNames: [("Петренко", "Petrenko"), ("Шевченко", "Shevchenko"), ("Коваленко", "Kovalenko"),
                                    ("Бондаренко", "Bondarenko"), ("Ткаченко", "Tkachenko"), ("Мельник", "Melnyk"),
                                    ("Кравчук", "Kravchuk"), ("Олійник", "Oliinyk")],
                      grounds: [[.nationality], [.politicalOpinion], [.nationality, .cat]])),
        (6, NamePool(nationality: "BY", language: "be",
                     givenNames: [("Сяргей", "Siarhei"), ("Алена", "Alena"), ("Уладзімір", "Uladzimir"),
                                  ("Святлана", "Sviatlana")],
                     familyNames: [("Коваль", "Kaval"), ("Шушкевіч", "Shushkevich"), ("Лукашык", "Lukashyk")],
                     grounds: [[.politicalOpinion]])),
        (5, NamePool(nationality: "GE", language: "ka",
                     givenNames: [("ნინო", "Nino"), ("გიორგი", "Giorgi"), ("დავით", "Davit"), ("თამარ", "Tamar")],
                     familyNames: [("ბერიძე", "Beridze"), ("კაპანაძე", "Kapanadze"), ("გელაშვილი", "Gelashvili")],
                     grounds: [[.politicalOpinion], [.particularSocialGroup]])),
        (8, NamePool(nationality: "CN", language: "zh",
                     givenNames: [("明", "Ming"), ("伟", "Wei"), ("芳", "Fang"), ("静", "Jing"), ("磊", "Lei")],
                     familyNames: [("李", "Li"), ("王", "Wang"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen")],
                     grounds: [[.religion], [.politicalOpinion], [.religion, .cat]],
                     familyFirst: true, joined: true)),
        (18, NamePool(nationality: "VE", language: "es",
                      givenNames: [("José", "Jose"), ("María", "Maria"), ("Luis", "Luis"), ("Andrea", "Andrea"),
                                   ("Carlos", "Carlos"), ("Valentina", "Valentina")],
                      familyNames: [("Ramírez", "Ramirez"), ("González", "Gonzalez"), ("Pérez", "Perez"),
                                    ("Rodríguez", "Rodriguez"), ("Núñez", "Nunez")],
                      grounds: [[.politicalOpinion], [.particularSocialGroup]])),
        (8, NamePool(nationality: "HN", language: "es",
                     givenNames: [("Ana", "Ana"), ("Jorge", "Jorge"), ("Sofía", "Sofia"), ("Héctor", "Hector")],
                     familyNames: [("Hernández", "Hernandez"), ("López", "Lopez"), ("Martínez", "Martinez")],
                     grounds: [[.particularSocialGroup], [.particularSocialGroup, .cat]])),
        (5, NamePool(nationality: "TR", language: "tr",
                     givenNames: [("Ayşe", "Ayse"), ("Mehmet", "Mehmet"), ("Çağrı", "Cagri"), ("Özlem", "Ozlem")],
                     familyNames: [("Yılmaz", "Yilmaz"), ("Şahin", "Sahin"), ("Öztürk", "Ozturk")],
                     grounds: [[.politicalOpinion], [.religion]])),
    ]

    static let totalWeight = all.reduce(0) { $0 + $1.weight }

    static func pick(using random: inout SeededGenerator) -> NamePool {
        var roll = random.int(0...(totalWeight - 1))
        for (weight, pool) in all {
            if roll < weight { return pool }
            roll -= weight
        }
        return all[0].pool
    }

    /// A full name in its own script and in Latin letters.
    static func name(from pool: NamePool, using random: inout SeededGenerator) -> (native: String, latin: String) {
        let given = random.pick(pool.givenNames)
        var family = random.pick(pool.familyNames)
        // Russian, Ukrainian and Belarusian women's surnames: Иванов → Иванова where the pattern is clear.
        if ["RU", "BY"].contains(pool.nationality), ["а", "я"].contains(given.native.last.map(String.init) ?? ""),
           family.native.hasSuffix("ов") || family.native.hasSuffix("ев") || family.native.hasSuffix("ин") {
            family = (family.native + "а", family.latin + "a")
        }
        if pool.familyFirst {
            return (family.native + (pool.joined ? "" : " ") + given.native, family.latin + " " + given.latin)
        }
        return (given.native + " " + family.native, given.latin + " " + family.latin)
    }
}
