"""User-facing texts: Bahasa Indonesia first, English second."""

from __future__ import annotations

from typing import Any

from booking.enums import Language
from booking.errors import DomainError

MESSAGES: dict[str, tuple[str, str]] = {
    "ROOM_UNAVAILABLE": (
        "Ruangan sudah dipesan pada waktu tersebut.",
        "The room is already booked at that time.",
    ),
    "INVALID_TRANSITION": (
        "Tindakan '{action}' tidak dapat dilakukan pada pemesanan berstatus {status}.",
        "Action '{action}' is not possible while the booking is {status}.",
    ),
    "FORBIDDEN": (
        "Anda tidak berwenang melakukan tindakan ini.",
        "You are not allowed to do this.",
    ),
    "NOT_FOUND": ("Data tidak ditemukan.", "Not found."),
    "VALIDATION": ("Data tidak valid.", "Invalid input."),
    "EQUIPMENT_SHORTAGE": (
        "Perlengkapan {name} hanya tersedia {free} {unit} pada waktu tersebut.",
        "Only {free} {unit} of {name} are available at that time.",
    ),
    "UNAUTHENTICATED": (
        "Silakan masuk terlebih dahulu, atau sesi Anda telah berakhir.",
        "Please log in; your session is missing or has expired.",
    ),
    "INVALID_CREDENTIALS": ("NRK atau kata sandi salah.", "Wrong NRK or password."),
    "ACCOUNT_LOCKED": (
        "Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam {minutes} menit.",
        "Too many failed logins. Try again in {minutes} minutes.",
    ),
    "IDEMPOTENCY_KEY_REUSED": (
        "Kunci idempotensi ini sudah dipakai untuk permintaan lain.",
        "This idempotency key was already used for a different request.",
    ),
    "BAD_FILE": (
        "Berkas harus berupa PDF, JPEG, atau PNG.",
        "The file must be a PDF, JPEG or PNG.",
    ),
    "letter_unreadable": (
        "Berkas surat rusak atau tidak dapat dibaca sebagai PDF, JPEG, atau PNG.",
        "The letter is damaged or cannot be read as a PDF, JPEG or PNG.",
    ),
    "letter_no_pages": (
        "PDF surat tidak memiliki halaman.",
        "The letter's PDF has no pages.",
    ),
    "UNSAFE_FILE": (
        "Berkas berisi konten yang tidak diizinkan.",
        "The file contains content that is not allowed.",
    ),
    "letter_active_content": (
        "PDF surat berisi JavaScript, tindakan otomatis, atau lampiran; kirim PDF biasa.",
        "The letter's PDF contains JavaScript, automatic actions or attachments; send a plain PDF.",
    ),
    "letter_polyglot": (
        "Berkas surat sekaligus berisi jenis berkas lain (misalnya ZIP atau HTML).",
        "The letter is also another kind of file (for example ZIP or HTML).",
    ),
    "TOO_MANY_PIXELS": (
        "Gambar terlalu besar (maksimum {max_mp} megapiksel).",
        "The image is too large (at most {max_mp} megapixels).",
    ),
    "FILE_TOO_LARGE": (
        "Berkas terlalu besar (maksimum {max_mb} MB).",
        "The file is too large (at most {max_mb} MB).",
    ),
    "EVENT_NOT_STARTED": (
        "Laporan dan foto acara baru dapat diunggah setelah acara dimulai.",
        "The report and event photos can be uploaded once the event has started.",
    ),
    "TOO_MANY_PHOTOS": (
        "Batas {max} foto per pemesanan sudah tercapai.",
        "The limit of {max} photos per booking has been reached.",
    ),
    "UPLOAD_MISSING": (
        "Berkas belum diterima oleh penyimpanan; selesaikan unggahan lalu konfirmasi lagi.",
        "The storage has not received the file yet; finish the upload and confirm again.",
    ),
    "REPORT_NEEDS_PHOTOS": (
        "Unggah minimal satu foto acara sebelum mengirim laporan.",
        "Upload at least one event photo before sending the report.",
    ),
    "bad_photo": (
        "Foto harus berupa berkas JPEG, PNG, atau WebP.",
        "The photo must be a JPEG, PNG or WebP file.",
    ),
    "photo_upload_failed": (
        "Unggahan foto ini gagal atau kedaluwarsa; mulai unggahan baru.",
        "This photo upload failed or expired; start a new upload.",
    ),
    "SERIES_CONFLICT": (
        "{count} jadwal dalam seri tidak dapat dipesan; tidak ada yang diubah.",
        "{count} occurrences of the series cannot be booked; nothing was changed.",
    ),
    "SLOT_AVAILABLE": (
        "Ruangan masih tersedia pada waktu tersebut; silakan ajukan pemesanan langsung.",
        "The room is free at that time; submit a booking request directly.",
    ),
    "waitlist_closed": (
        "Permohonan daftar tunggu ini sudah {status}.",
        "This waitlist entry is already {status}.",
    ),
    "DISPLAY_LINK_REVOKED": (
        "Tautan layar ruangan ini sudah dicabut. Mintalah tautan baru kepada admin.",
        "This room display link has been revoked. Ask the administrator for a new one.",
    ),
    "display_link_unknown": (
        "Tautan layar ruangan tidak dikenal.",
        "Unknown room display link.",
    ),
    "PERSISTED_QUERY_NOT_FOUND": (
        "Dokumen GraphQL dengan id ini tidak dikenal server.",
        "The server does not know a GraphQL document with this id.",
    ),
    "PERSISTED_QUERY_REQUIRED": (
        "Server ini hanya menerima dokumen GraphQL yang terdaftar (kirim id-nya).",
        "This server accepts registered GraphQL documents only (send their id).",
    ),
    "display_label": (
        "Label paling panjang {max} karakter.",
        "The label is at most {max} characters long.",
    ),
    "calendar_scope": (
        "Pilih tepat satu: ruangan atau instansi.",
        "Choose exactly one: a room or an agency.",
    ),
    "RULE_VIOLATED": (
        "Pemesanan melanggar aturan ruangan.",
        "The booking breaks a rule of the room.",
    ),
    "ROOM_BLOCKED": (
        "Ruangan diblokir untuk acara pimpinan pada waktu tersebut.",
        "The room is blocked for a leadership event at that time.",
    ),
    "CHECK_IN_NOT_OPEN": (
        "Check-in dibuka {minutes} menit sebelum acara dimulai ({opens}).",
        "Check-in opens {minutes} minutes before the start ({opens}).",
    ),
    "ALREADY_CHECKED_IN": (
        "Pemesanan ini sudah check-in pada {at}.",
        "This booking was already checked in at {at}.",
    ),
    "period_order": (
        "Tanggal akhir harus sama dengan atau setelah tanggal awal.",
        "The last day must be on or after the first.",
    ),
    "period_too_long": (
        "Periode laporan paling lama {days} hari.",
        "A report covers at most {days} days.",
    ),
    "export_link": (
        "Tautan unduhan tidak dikenal atau sudah kedaluwarsa; minta tautan baru.",
        "Unknown or expired download link; ask for a new one.",
    ),
    "bad_check_in_code": (
        "Kode check-in tidak dikenal.",
        "Unknown check-in code.",
    ),
    # Booking rules (code RULE_VIOLATED)
    "closed_day": (
        "Ruangan tidak dapat dipesan pada hari tersebut.",
        "The room cannot be booked on that day.",
    ),
    "min_lead_time": (
        "Pemesanan harus dibuat paling lambat {minutes} menit sebelum acara.",
        "Bookings must be made at least {minutes} minutes before the event.",
    ),
    "max_duration": (
        "Durasi pemesanan paling lama {minutes} menit.",
        "A booking can last at most {minutes} minutes.",
    ),
    "buffer": (
        "Harus ada jeda {minutes} menit dengan pemesanan lain di ruangan ini.",
        "Keep {minutes} minutes between this and other bookings of the room.",
    ),
    "not_a_suggestion": (
        "Pilihan harus ruangan yang sama pada hari yang sama, atau ruangan lain pada waktu semula, "
        "dengan durasi yang sama.",
        "Pick the same room on the same day, or another room at the original time, with the same "
        "duration.",
    ),
    "bad_hours": (
        "Jam pemesanan tidak valid (HH:MM, buka sebelum tutup).",
        "Invalid bookable hours (HH:MM, opening before closing).",
    ),
    "no_rooms": ("Pilih minimal satu ruangan.", "Pick at least one room."),
    "block_over": ("Jadwal pimpinan sudah berakhir.", "The leadership event is already over."),
    "block_cancelled": (
        "Jadwal pimpinan sudah dibatalkan.",
        "The leadership event is already cancelled.",
    ),
    "block_too_long": (
        "Jadwal pimpinan paling lama {days} hari.",
        "A leadership event lasts at most {days} days.",
    ),
    # Validation details
    "narrative_required": (
        "Isi ringkasan pelaksanaan acara.",
        "Write a short account of the event.",
    ),
    "bad_month": (
        "Bulan harus berformat TTTT-BB, misalnya 2026-11.",
        "The month must look like YYYY-MM, e.g. 2026-11.",
    ),
    "time_order": ("Waktu selesai harus setelah waktu mulai.", "The end must be after the start."),
    "time_past": ("Waktu mulai sudah lewat.", "The start time is in the past."),
    "time_minutes": (
        "Waktu harus dalam satuan menit penuh.",
        "Times must be whole minutes.",
    ),
    "outside_hours": (
        "Di luar jam pemesanan ruangan ({opens}-{closes} WIB).",
        "Outside the room's bookable hours ({opens}-{closes} WIB).",
    ),
    "capacity": (
        "Jumlah peserta ({participants}) melebihi kapasitas ruangan ({capacity}).",
        "Participants ({participants}) exceed the room's capacity ({capacity}).",
    ),
    "positive": ("Nilai harus lebih dari nol.", "The value must be greater than zero."),
    "required": ("Wajib diisi.", "Required."),
    "too_long": (
        "Terlalu panjang (maksimum {max} karakter).",
        "Too long (at most {max} characters).",
    ),
    "duplicate_equipment": (
        "Perlengkapan yang sama disebut lebih dari sekali.",
        "The same equipment is listed more than once.",
    ),
    "approved_exceeds_requested": (
        "Jumlah disetujui melebihi jumlah yang diminta.",
        "The approved quantity exceeds the requested quantity.",
    ),
    "equipment_lines_mismatch": (
        "Setiap baris perlengkapan harus diberi jumlah disetujui.",
        "Give an approved quantity for every equipment line.",
    ),
    "reason_required": ("Alasan wajib diisi.", "A reason is required."),
    "room_inactive": ("Ruangan tidak aktif.", "The room is not active."),
    "event_over": ("Acara sudah selesai.", "The event is already over."),
    "letter_required": ("Surat permohonan wajib dilampirkan.", "The request letter is required."),
    "bad_id": ("ID tidak valid.", "Invalid id."),
    "bad_cursor": ("Kursor halaman tidak valid.", "Invalid page cursor."),
    "idempotency_key": (
        "Kunci idempotensi harus 8-128 karakter.",
        "The idempotency key must be 8-128 characters.",
    ),
    "one_day": (
        "Pemesanan harus mulai dan selesai pada hari yang sama.",
        "A booking must start and end on the same day.",
    ),
    "too_far_ahead": (
        "Pemesanan paling jauh {days} hari ke depan.",
        "Bookings can be made at most {days} days ahead.",
    ),
    "quantity_exceeds_stock": (
        "Jumlah {name} yang diminta melebihi persediaan ({stock} {unit}).",
        "The requested quantity of {name} exceeds the stock ({stock} {unit}).",
    ),
    "push_endpoint": (
        "Alamat push harus berupa URL https layanan push.",
        "The push endpoint must be the https URL of a push service.",
    ),
    "push_key": ("Kunci langganan push tidak valid.", "Invalid push subscription key."),
    "schedule_changed": ("Jadwal diubah: {change}", "Schedule changed: {change}"),
    "page_size": (
        "Ukuran halaman harus 0 sampai {max}.",
        "The page size must be 0 to {max}.",
    ),
    "range_too_long": (
        "Rentang waktu terlalu panjang (maksimum {days} hari).",
        "The time range is too long (at most {days} days).",
    ),
    "nrk_format": ("NRK harus berupa angka.", "The NRK must be digits."),
    "text_too_long": (
        "Teks terlalu panjang (maksimum {max} karakter).",
        "The text is too long (at most {max} characters).",
    ),
    "text_control_character": (
        "Teks berisi karakter kontrol yang tidak diizinkan (misalnya NUL).",
        "The text contains a control character that is not allowed (such as NUL).",
    ),
    "date_out_of_range": (
        "Tanggal harus antara {earliest} dan {latest}.",
        "The date must be between {earliest} and {latest}.",
    ),
    "not_a_file": (
        "Nilai ini harus berupa berkas yang diunggah (permintaan multipart).",
        "This value must be an uploaded file (a multipart request).",
    ),
    "subscriptions_only": (
        "Lewat WebSocket hanya subscription; kirim query dan mutation lewat HTTP.",
        "Only subscriptions go over the WebSocket; send queries and mutations over HTTP.",
    ),
    "series_until_or_count": (
        "Isi salah satu: tanggal akhir atau jumlah pengulangan.",
        "Give either an end date or a number of occurrences, not both.",
    ),
    "series_interval": (
        "Selang pengulangan harus 1 sampai {max}.",
        "The repeat interval must be 1 to {max}.",
    ),
    "series_too_long": (
        "Seri paling banyak {max} jadwal.",
        "A series has at most {max} occurrences.",
    ),
    "series_until_before_start": (
        "Tanggal akhir seri sebelum jadwal pertama.",
        "The series ends before its first occurrence.",
    ),
    "series_weekdays_weekly": (
        "Hari dalam pekan (0=Senin ... 6=Minggu) hanya untuk pengulangan mingguan.",
        "Weekdays (0=Monday ... 6=Sunday) are for weekly series only.",
    ),
    "series_empty": (
        "Tidak ada jadwal dalam seri yang dapat dipesan.",
        "No occurrence of the series can be booked.",
    ),
    "series_no_occurrence": (
        "Tidak ada jadwal seri yang dapat menjalani tindakan '{action}'.",
        "No occurrence of the series allows action '{action}'.",
    ),
    "not_in_series": (
        "Pemesanan ini bukan bagian dari seri.",
        "This booking is not part of a series.",
    ),
    "holiday": ("Hari libur nasional atau hari tutup kantor.", "Public holiday or office closure."),
    "too_many_rooms": (
        "Terlalu banyak ruangan (maksimum {max}).",
        "Too many rooms (at most {max}).",
    ),
    # administration (booking.admin)
    "CONFLICT": (
        "Tidak dapat dilakukan pada keadaan saat ini.",
        "Not possible in the current state.",
    ),
    "ROOM_IN_USE": (
        "Ruangan masih memiliki {count} pemesanan mendatang. Pilih: jadwalkan ulang atau batalkan.",
        "The room still has {count} future bookings. Choose to reschedule them, or refuse.",
    ),
    "EQUIPMENT_IN_USE": (
        "Pemesanan yang disetujui memakai {peak} {unit} {name} pada waktu yang sama.",
        "Approved bookings hold {peak} {unit} of {name} at the same time.",
    ),
    "PASSWORD_CHANGE_REQUIRED": (
        "Ganti kata sandi Anda terlebih dahulu.",
        "Change your password first.",
    ),
    "RESET_LINK_INVALID": (
        "Tautan atur ulang kata sandi tidak berlaku. Minta tautan baru kepada admin.",
        "The password reset link is not valid. Ask an administrator for a new one.",
    ),
    "reset_link_expired": (
        "Tautan atur ulang kata sandi sudah kedaluwarsa atau diganti tautan yang lebih baru. "
        "Minta tautan baru kepada admin.",
        "The password reset link has expired or was replaced by a newer one. Ask an "
        "administrator for a new one.",
    ),
    "reset_link_used": (
        "Tautan atur ulang kata sandi sudah dipakai. Masuk dengan kata sandi baru Anda.",
        "The password reset link has already been used. Log in with your new password.",
    ),
    "AGENCY_INACTIVE": (
        "Instansi Anda sudah dinonaktifkan: permohonan baru tidak dapat diajukan. Hubungi admin.",
        "Your agency has been deactivated: no new requests can be made. Contact an administrator.",
    ),
    "user_active": ("Pengguna sudah aktif.", "The user is already active."),
    "agency_active": ("Instansi sudah aktif.", "The agency is already active."),
    "room_active": ("Ruangan sudah aktif.", "The room is already active."),
    "agency_inactive": ("Instansi tidak aktif.", "The agency is not active."),
    "user_inactive": ("Pengguna tidak aktif.", "The user is not active."),
    "unchanged": ("Tidak ada yang berubah.", "Nothing changes."),
    "own_account": (
        "Anda tidak dapat menonaktifkan akun Anda sendiri.",
        "You cannot deactivate your own account.",
    ),
    "own_admin_role": (
        "Anda tidak dapat mencabut peran ADMIN Anda sendiri.",
        "You cannot remove your own ADMIN role.",
    ),
    "not_locked": ("Akun tidak sedang terkunci.", "The account is not locked."),
    "code_taken": ("Kode sudah dipakai.", "The code is already taken."),
    "nrk_taken": ("NRK sudah terdaftar.", "The NRK is already registered."),
    "bad_code": (
        "Kode hanya huruf, angka, titik, garis bawah dan tanda hubung (maksimum 32).",
        "A code is letters, digits, dots, underscores and hyphens (at most 32).",
    ),
    "bad_nrk": ("NRK hanya berisi angka (maksimum 16).", "An NRK is digits only (at most 16)."),
    "bad_email": ("Alamat e-mail tidak valid.", "Invalid e-mail address."),
    "no_roles": ("Pilih setidaknya satu peran.", "Choose at least one role."),
    "requester_agency": (
        "Operator SKPD/UKPD harus memiliki instansi.",
        "A requester needs an agency.",
    ),
    "grace_range": (
        "Batas waktu check-in 1 sampai {max} menit, atau kosong (tanpa check-in).",
        "The check-in grace period is 1 to {max} minutes, or empty (no check-in).",
    ),
    "capacity_range": ("Kapasitas 1 sampai 10.000.", "Capacity is 1 to 10,000."),
    "stock_range": ("Stok 0 sampai {max}.", "Stock is 0 to {max}."),
    "closure_exists": (
        "Tanggal itu sudah menjadi hari libur kantor.",
        "That day is already an office closure.",
    ),
    "password_too_short": (
        "Kata sandi minimal {min} karakter.",
        "A password has at least {min} characters.",
    ),
    "password_personal": (
        "Kata sandi tidak boleh memuat NRK atau nama Anda.",
        "A password may not contain your NRK or your name.",
    ),
    "password_same": (
        "Kata sandi baru harus berbeda dari yang lama.",
        "The new password must differ from the old one.",
    ),
    "csv_columns": (
        "Kolom wajib tidak ada: {missing}. Lihat format impor.",
        "Required columns are missing: {missing}. See the import format.",
    ),
    "csv_encoding": ("Berkas harus UTF-8.", "The file must be UTF-8."),
    "csv_rows": ("Paling banyak {max} baris.", "At most {max} rows."),
    "csv_roles": (
        "Peran tidak dikenal atau kosong (pisahkan dengan |).",
        "Unknown or missing roles (separate them with |).",
    ),
    "csv_duplicate_nrk": (
        "NRK ini sudah muncul di baris sebelumnya.",
        "This NRK already appears on an earlier row.",
    ),
    "csv_agency_name": (
        "Kode instansi ini bernama lain di baris sebelumnya.",
        "This agency code has another name on an earlier row.",
    ),
    # webhooks (booking.webhooks)
    "WEBHOOK_TARGET_REFUSED": (
        "Alamat webhook mengarah ke jaringan privat, loopback, atau link-local ({address}); "
        "tidak diizinkan.",
        "The webhook address points to a private, loopback or link-local network ({address}); "
        "not allowed.",
    ),
    "webhook_url": (
        "URL webhook harus http:// atau https:// dengan nama host, tanpa nama pengguna "
        "(maksimum {max} karakter).",
        "A webhook URL is http:// or https:// with a host name, without a user name "
        "(at most {max} characters).",
    ),
    "webhook_unresolvable": (
        "Nama host webhook tidak dapat ditemukan ({host}).",
        "The webhook's host name cannot be resolved ({host}).",
    ),
    "webhook_secret": (
        "Rahasia webhook harus berbentuk whsec_<base64> dengan 24 sampai 64 byte.",
        "A webhook secret is whsec_<base64> of 24 to 64 bytes.",
    ),
    "webhook_event_types": (
        "Pilih setidaknya satu jenis kejadian.",
        "Choose at least one event type.",
    ),
    "webhook_active": ("Webhook sudah aktif.", "The webhook is already active."),
    "webhook_disabled": ("Webhook sudah nonaktif.", "The webhook is already disabled."),
    "csv_refused_rows": (
        "Ada baris yang ditolak: perbaiki berkas dan coba lagi (tidak ada yang disimpan).",
        "Some rows are refused: fix the file and try again (nothing was saved).",
    ),
}


def render(error: DomainError, language: Language | str = Language.ID) -> str:
    texts = MESSAGES.get(error.message_key) or MESSAGES[error.code.value]
    template = texts[1] if language == Language.EN else texts[0]
    return format_text(template, error.params)


def format_text(template: str, params: dict[str, Any]) -> str:
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template
