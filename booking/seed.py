"""Demo data: a realistic City Hall (Balai Kota DKI Jakarta), several agencies, one user per role."""

from __future__ import annotations

from tortoise.transactions import in_transaction

from booking.auth import hash_password
from booking.enums import Role
from booking.models import Agency, EquipmentItem, Room, User

DEMO_PASSWORD = "Balaikota2026!"

AGENCIES = [
    ("BIRO-UMUM", "Biro Umum dan Administrasi Sekretariat Daerah"),
    ("DISKOMINFOTIK", "Dinas Komunikasi, Informatika dan Statistik"),
    ("BAPPEDA", "Badan Perencanaan Pembangunan Daerah"),
    ("DINKES", "Dinas Kesehatan"),
    ("DISDIK", "Dinas Pendidikan"),
    ("DISHUB", "Dinas Perhubungan"),
    ("BPKD", "Badan Pengelolaan Keuangan Daerah"),
]

# code, name, building, floor, capacity, facilities, opens, closes
ROOMS = [
    ("BA", "Balai Agung", "Gedung Balai Kota", "1", 400, ["panggung", "sound system", "AC"], 7, 21),
    ("RP", "Ruang Pola", "Blok G", "2", 300, ["layar besar", "sound system", "AC"], 7, 21),
    (
        "RRG",
        "Ruang Rapat Gubernur",
        "Gedung Balai Kota",
        "1",
        40,
        ["video conference", "AC"],
        7,
        18,
    ),
    ("RRWG", "Ruang Rapat Wakil Gubernur", "Gedung Balai Kota", "1", 30, ["TV", "AC"], 7, 18),
    ("RRS", "Ruang Rapat Sekda", "Blok G", "3", 30, ["video conference", "AC"], 7, 18),
    ("RRA1", "Ruang Rapat Asisten Pemerintahan", "Blok G", "3", 25, ["proyektor", "AC"], 7, 18),
    ("RRA2", "Ruang Rapat Asisten Perekonomian", "Blok G", "4", 25, ["proyektor", "AC"], 7, 18),
    ("RRA3", "Ruang Rapat Asisten Pembangunan", "Blok G", "5", 25, ["proyektor", "AC"], 7, 18),
    ("RRA4", "Ruang Rapat Asisten Kesejahteraan Rakyat", "Blok G", "6", 25, ["proyektor"], 7, 18),
    ("RRB14", "Ruang Rapat Blok B Lantai 14", "Blok B", "14", 60, ["proyektor", "AC"], 7, 18),
    ("RRB15", "Ruang Rapat Blok B Lantai 15", "Blok B", "15", 60, ["proyektor", "AC"], 7, 18),
    ("RRB20", "Ruang Rapat Blok B Lantai 20", "Blok B", "20", 80, ["layar", "sound system"], 7, 18),
    ("RRF2", "Ruang Rapat Blok F Lantai 2", "Blok F", "2", 20, ["TV"], 7, 18),
    ("RRF3", "Ruang Rapat Blok F Lantai 3", "Blok F", "3", 20, ["TV"], 7, 18),
    ("RRH1", "Ruang Rapat Blok H Lantai 1", "Blok H", "1", 50, ["proyektor", "AC"], 7, 18),
    ("RRH2", "Ruang Rapat Blok H Lantai 2", "Blok H", "2", 35, ["proyektor", "AC"], 7, 18),
    ("RK1", "Ruang Kerja Bersama 1", "Blok G", "8", 12, ["TV"], 7, 18),
    ("RK2", "Ruang Kerja Bersama 2", "Blok G", "8", 12, ["TV"], 7, 18),
    (
        "RPERS",
        "Ruang Konferensi Pers",
        "Gedung Balai Kota",
        "1",
        70,
        ["backdrop", "sound system"],
        7,
        21,
    ),
    ("RVC", "Ruang Video Conference", "Blok G", "7", 16, ["video conference"], 7, 18),
]

EQUIPMENT = [
    ("PROJ", "Proyektor", "unit", 8),
    ("LAYAR", "Layar proyektor", "unit", 8),
    ("MIC", "Mikrofon nirkabel", "buah", 30),
    ("SOUND", "Sound system portabel", "set", 4),
    ("PODIUM", "Podium", "unit", 3),
    ("LAPTOP", "Laptop presentasi", "unit", 6),
    ("KURSI", "Kursi lipat tambahan", "buah", 200),
    ("MEJA", "Meja lipat", "buah", 40),
    ("VC", "Perangkat video conference", "set", 3),
    ("BACKDROP", "Backdrop/banner stand", "unit", 5),
]

# nrk, name, roles, agency code
USERS = [
    ("100001", "Operator Diskominfotik", [Role.REQUESTER], "DISKOMINFOTIK"),
    ("100002", "Operator Bappeda", [Role.REQUESTER], "BAPPEDA"),
    ("200001", "Petugas Pelayanan Balaikota", [Role.SERVICE_OFFICER], "BIRO-UMUM"),
    ("200002", "Kasubbag Pelayanan Balaikota", [Role.SERVICE_HEAD], "BIRO-UMUM"),
    (
        "200003",
        "Kasubbag Perlengkapan dan Sarana Acara Pimpinan",
        [Role.EQUIPMENT_HEAD],
        "BIRO-UMUM",
    ),
    ("300001", "Pimpinan", [Role.LEADERSHIP], "BIRO-UMUM"),
    ("900001", "Administrator", [Role.ADMIN], "BIRO-UMUM"),
]


async def seed_demo(password: str = DEMO_PASSWORD) -> bool:
    """Insert the demo City Hall once. Returns False if data was already there."""
    if await Room.exists():
        return False
    password_hash = hash_password(password)
    async with in_transaction() as conn:
        agencies = {}
        for code, name in AGENCIES:
            agencies[code] = await Agency.create(code=code, name=name, using_db=conn)
        for code, name, building, floor, cap, facilities, opens, closes in ROOMS:
            await Room.create(
                using_db=conn,
                code=code,
                name=name,
                building=building,
                floor=floor,
                capacity=cap,
                facilities=facilities,
                opens_minute=opens * 60,
                closes_minute=closes * 60,
            )
        for code, name, unit, stock in EQUIPMENT:
            await EquipmentItem.create(code=code, name=name, unit=unit, stock=stock, using_db=conn)
        for nrk, name, roles, agency in USERS:
            await User.create(
                using_db=conn,
                nrk=nrk,
                name=name,
                roles=[r.value for r in roles],
                agency=agencies[agency],
                email=f"{nrk}@demo.jakarta.go.id",
                password_hash=password_hash,
            )
    return True
