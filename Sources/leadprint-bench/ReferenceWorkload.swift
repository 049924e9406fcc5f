import Foundation

/// The C reference's input (`shared/bench/tags10k/gen_csv.py`): N tag records cycling through the 17 PRO leads.
enum ReferenceWorkload {
    private static let leads: [(color: String, label: String)] = [
        ("Brown", "ALARMINA"), ("Black", "ALARMIN_GND"), ("Orange", "ALARMINB"),
        ("Black", "ALARMIN_GND"), ("Green", "OUT1A"), ("Blue", "OUT1B"),
        ("Purple", "OUT2A"), ("White", "OUT2B"), ("Black", "GND"),
        ("Black", "LINEIN_GND"), ("Red", "RIN/MIC+"), ("Black", "LIN/MIC-"),
        ("Grey", "LINEOUT_R"), ("Brown", "LINEOUT_L"), ("Black", "LINEOUT_GND"),
        ("Yellow", "RS485-"), ("Red", "RS485+"),
    ]
    private static let hex = [
        "Brown": "#8B4513", "Black": "#000000", "Orange": "#FF8C00", "Green": "#009A44",
        "Blue": "#0057B8", "Purple": "#7B2FBE", "White": "#FFFFFF", "Red": "#E00000",
        "Grey": "#808080", "Yellow": "#FFD700",
    ]

    /// Writes the CSV for `count` tags, byte for byte what gen_csv.py writes.
    static func write(count: Int, to url: URL) throws {
        var text = "serial,label,color,hex\n"
        for i in 0..<count {
            let lead = leads[i % leads.count]
            let serial = String(i + 1)
            text += "\(String(repeating: "0", count: max(0, 5 - serial.count)))\(serial),\(lead.label),\(lead.color),\(hex[lead.color]!)\n"
        }
        try text.write(to: url, atomically: true, encoding: .utf8)
    }
}

/// The warehouse's real case: an order of PRO cameras, one row per camera with its ID and location, so that with
/// `--template site --serial 1` every tag differs (README, "Warehouse orders").
enum OrderWorkload {
    /// Leads of a PRO camera: one tag each.
    static let leadsPerCamera = 17

    /// Writes an order of `cameras` PRO cameras, CAM-0001 onwards, each in an aisle and bay of its own.
    static func write(cameras: Int, to url: URL) throws {
        var text = "camera,series,location\n"
        for i in 1...cameras {
            let number = String(i)
            text += "CAM-\(String(repeating: "0", count: max(0, 4 - number.count)))\(number),PRO,\"Aisle \((i - 1) / 40 + 1), bay \((i - 1) % 40 + 1)\"\n"
        }
        try text.write(to: url, atomically: true, encoding: .utf8)
    }
}
