<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>RecapCharts</name>
    <message>
        <source>Complaints received per day, by channel</source>
        <translation>Aduan diterima per hari, menurut saluran</translation>
    </message>
    <message>
        <source>Complaints received per month, by channel</source>
        <translation>Aduan diterima per bulan, menurut saluran</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Tepat waktu</translation>
    </message>
    <message>
        <source>Step %1 · %2/%3</source>
        <translation>Langkah %1 · %2/%3</translation>
    </message>
    <message>
        <source>On-time rate per step (%)</source>
        <translation>Persentase tepat waktu per langkah (%)</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1: %2 (%3%)</translation>
    </message>
    <message>
        <source>Status at the period&apos;s end</source>
        <translation>Status pada akhir periode</translation>
    </message>
</context>
<context>
    <name>aduan::Administration</name>
    <message>
        <source>Enter a username without spaces.</source>
        <translation>Isi nama pengguna tanpa spasi.</translation>
    </message>
    <message>
        <source>Only the administrator can change users and the office&apos;s settings.</source>
        <translation>Hanya Administrator yang dapat mengubah pengguna dan pengaturan kantor.</translation>
    </message>
    <message>
        <source>The username %1 is taken. Choose another.</source>
        <translation>Nama pengguna %1 sudah dipakai. Pilih nama lain.</translation>
    </message>
    <message>
        <source>This user does not exist.</source>
        <translation>Pengguna ini tidak ada.</translation>
    </message>
    <message>
        <source>Enter the first and last day of the delegation, the first not after the last.</source>
        <translation>Isi hari pertama dan hari terakhir pendelegasian; hari pertama tidak boleh sesudah hari terakhir.</translation>
    </message>
    <message>
        <source>Write the reason for the delegation (e.g. leave).</source>
        <translation>Tuliskan alasan pendelegasian (misalnya cuti).</translation>
    </message>
    <message>
        <source>Choose an active user as the acting official.</source>
        <translation>Pilih pengguna yang aktif sebagai pelaksana harian (Plh.).</translation>
    </message>
    <message>
        <source>Enter the category&apos;s name.</source>
        <translation>Isi nama kategori.</translation>
    </message>
    <message>
        <source>Enter the agency&apos;s name.</source>
        <translation>Isi nama instansi.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Office profile</source>
        <translation>Profil kantor</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>The revision would take effect on %1, in the past: the office already handles complaints under the revision in force. Choose today (%2) or a later date.</source>
        <translation>Revisi ini akan berlaku mulai %1, tanggal yang sudah lewat: kantor sudah menangani aduan menurut revisi yang berlaku. Pilih hari ini (%2) atau tanggal sesudahnya.</translation>
    </message>
    <message>
        <source>People have database accounts of their own only on a database server; on the shared file the program&apos;s own login is used.</source>
        <translation>Akun basis data perorangan hanya ada di server basis data; pada berkas bersama dipakai akun masuk Aduan sendiri.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Folder cadangan</translation>
    </message>
    <message>
        <source>Write the backup folder as a whole path (such as D:\Cadangan Aduan or /home/admin/cadangan), or leave it empty for the folder beside the database. Nothing was changed.</source>
        <translation>Tulis folder cadangan sebagai jalur lengkap (misalnya D:\Cadangan Aduan atau /home/admin/cadangan), atau kosongkan untuk folder di samping basis data. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>This database is on a server: Aduan writes no automatic backups of it (the server&apos;s administrator schedules its dumps), so there is no backup folder to choose. Nothing was changed.</source>
        <translation>Basis data ini ada di server: Aduan tidak menulis cadangan otomatisnya (administrator server menjadwalkan dump-nya), jadi tidak ada folder cadangan yang perlu dipilih. Tidak ada yang diubah.</translation>
    </message>
</context>
<context>
    <name>aduan::AgendaNumber</name>
    <message>
        <source>The agenda number pattern &quot;%1&quot; cannot be used: %2</source>
        <translation>Pola Nomor Agenda &quot;%1&quot; tidak dapat dipakai: %2</translation>
    </message>
</context>
<context>
    <name>aduan::Attachment</name>
    <message>
        <source>The file %1 is empty.</source>
        <translation>Berkas %1 kosong.</translation>
    </message>
    <message>
        <source>The file %1 is already attached as %2.</source>
        <translation>Berkas %1 sudah dilampirkan sebagai %2.</translation>
    </message>
    <message>
        <source>The file %1 is %2 MB; the limit is %3 MB. Scan it at a lower resolution or attach fewer pages.</source>
        <translation>Berkas %1 berukuran %2 MB; batasnya %3 MB. Pindai dengan resolusi lebih rendah atau lampirkan lebih sedikit halaman.</translation>
    </message>
    <message>
        <source>The file %1 is not an image or a PDF (its content is %2). Attach photos or scans as JPEG, PNG or PDF.</source>
        <translation>Berkas %1 bukan gambar atau PDF (isinya %2). Lampirkan foto atau hasil pindaian sebagai JPEG, PNG, atau PDF.</translation>
    </message>
</context>
<context>
    <name>aduan::Auth</name>
    <message>
        <source>Login refused: the username or password is wrong, the account is not active, or it is locked for %1 minutes after %2 wrong passwords. Check both and try again later, or ask the administrator.</source>
        <translation>Masuk ditolak: nama pengguna atau kata sandi salah, akun tidak aktif, atau akun dikunci %1 menit setelah %2 kali salah kata sandi. Periksa keduanya dan coba lagi nanti, atau hubungi Administrator.</translation>
    </message>
    <message>
        <source>The account is locked after %1 wrong passwords, until %2. Log out so that another user can work, wait, or ask the administrator to reset the password.</source>
        <translation>Akun terkunci setelah %1 kali salah kata sandi, sampai %2. Keluar agar pengguna lain dapat bekerja, tunggu, atau minta Administrator mengatur ulang kata sandi.</translation>
    </message>
</context>
<context>
    <name>aduan::Backup</name>
    <message>
        <source>The backup folder %1 cannot be created. Check the backup setting and the folder&apos;s permissions.</source>
        <translation>Folder cadangan %1 tidak dapat dibuat. Periksa pengaturan cadangan dan hak akses folder itu.</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be named %1. Check the backup folder&apos;s permissions.</source>
        <translation>Cadangan hari ini tidak dapat diberi nama %1. Periksa hak akses folder cadangan.</translation>
    </message>
    <message>
        <source>The backup file %1 exists already; choose another name.</source>
        <translation>Berkas cadangan %1 sudah ada; pilih nama lain.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be reached.</source>
        <translation>Folder cadangan %1 tidak dapat dijangkau.</translation>
    </message>
    <message>
        <source>The backup file %1 is not there. Nothing was restored.</source>
        <translation>Berkas cadangan %1 tidak ada. Tidak ada yang dipulihkan.</translation>
    </message>
    <message>
        <source>The database folder %1 cannot be reached. Nothing was restored.</source>
        <translation>Folder basis data %1 tidak dapat dijangkau. Tidak ada yang dipulihkan.</translation>
    </message>
    <message>
        <source>%1 exists already; wait a second and try again.</source>
        <translation>%1 sudah ada; tunggu sebentar, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The backup could not be copied into %1 (is the folder writable, is there space?). Nothing was restored.</source>
        <translation>Cadangan tidak dapat disalin ke %1 (apakah folder dapat ditulisi dan masih ada ruang?). Tidak ada yang dipulihkan.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored; nothing was changed.</source>
        <translation>Cadangan %1 tidak dapat dipulihkan; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The backup %1 does not pass the check, so nothing was restored: %2</source>
        <translation>Cadangan %1 tidak lolos pemeriksaan, jadi tidak ada yang dipulihkan: %2</translation>
    </message>
    <message>
        <source>The database %1 is being written by another PC right now. Close Aduan on every PC, then restore again. Nothing was changed.</source>
        <translation>Basis data %1 sedang ditulis oleh PC lain. Tutup Aduan di semua PC, lalu pulihkan lagi. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The current database %1 could not be moved aside (is Aduan still open on a PC, or is the folder read-only?). Nothing was restored.</source>
        <translation>Basis data saat ini %1 tidak dapat dipindahkan (apakah Aduan masih terbuka di suatu PC, atau foldernya hanya-baca?). Tidak ada yang dipulihkan.</translation>
    </message>
    <message>
        <source>The restored copy could not be put in place as %1; the current database was left as it was.</source>
        <translation>Salinan yang dipulihkan tidak dapat dipasang sebagai %1; basis data saat ini dibiarkan seperti semula.</translation>
    </message>
    <message>
        <source>Only an administrator can restore a backup. Nothing was changed.</source>
        <translation>Hanya Administrator yang dapat memulihkan cadangan. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The backups go to %1, outside the database&apos;s folder. Each backup is a full copy of the database — every NIK, address and complaint — readable by whoever can read that folder (on a PC: its users). Keep it only where the database itself may be kept.</source>
        <translation>Cadangan disimpan di %1, di luar folder basis data. Setiap cadangan adalah salinan lengkap basis data — setiap NIK, alamat, dan aduan — yang dapat dibaca siapa pun yang dapat membaca folder itu (di sebuah PC: para penggunanya). Simpan hanya di tempat basis data itu sendiri boleh disimpan.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be written. Check its permissions.</source>
        <translation>Folder cadangan %1 tidak dapat ditulisi. Periksa hak aksesnya.</translation>
    </message>
    <message>
        <source>The backup %1 was restored, but the restored database does not pass the check: %2. Restore an older backup, or ask for help before working in it.</source>
        <translation>Cadangan %1 sudah dipulihkan, tetapi basis data hasil pemulihan tidak lolos pemeriksaan: %2. Pulihkan cadangan yang lebih lama, atau minta bantuan sebelum bekerja di dalamnya.</translation>
    </message>
</context>
<context>
    <name>aduan::Database</name>
    <message>
        <source>The folder %1 cannot be reached. If it is a shared folder on another PC, check that the PC is on and the network drive is connected, then try again.</source>
        <translation>Folder %1 tidak dapat dijangkau. Jika folder itu folder bersama di PC lain, pastikan PC tersebut menyala dan drive jaringan tersambung, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be opened from this PC (no permission to enter it). Ask the administrator to give this PC&apos;s user access to the shared folder, then try again.</source>
        <translation>Folder %1 tidak dapat dibuka dari PC ini (tidak ada izin masuk). Minta Administrator memberi pengguna PC ini akses ke folder bersama, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The database %1 is on a network share (%2). Write-ahead logging (WAL) cannot be used there: SQLite&apos;s WAL needs memory shared by every program using the file, which PCs on a network cannot share, so the file could be damaged. Turn the WAL option off (the shared folder uses the normal rollback journal), or keep the file on this PC&apos;s own disk. Nothing was changed. See https://www.sqlite.org/wal.html and https://www.sqlite.org/useovernet.html.</source>
        <translation>Basis data %1 berada di folder jaringan (%2). Write-ahead logging (WAL) tidak dapat dipakai di sana: WAL SQLite memerlukan memori bersama bagi setiap program yang memakai berkas itu, dan PC di jaringan tidak dapat berbagi memori, sehingga berkas bisa rusak. Matikan opsi WAL (folder bersama memakai jurnal rollback biasa), atau simpan berkas di disk PC ini sendiri. Tidak ada yang diubah. Lihat https://www.sqlite.org/wal.html dan https://www.sqlite.org/useovernet.html.</translation>
    </message>
    <message>
        <source>The file %1 exists already. Open it instead, or choose another name for the new database.</source>
        <translation>Berkas %1 sudah ada. Buka berkas itu, atau pilih nama lain untuk basis data baru.</translation>
    </message>
    <message>
        <source>The database file %1 is not there. It may have been moved, renamed or the shared folder may be disconnected. Nothing was created; reconnect the folder or choose the right file.</source>
        <translation>Berkas basis data %1 tidak ada. Mungkin berkas itu dipindah atau diganti namanya, atau folder bersama terputus. Tidak ada yang dibuat; sambungkan kembali folder itu atau pilih berkas yang benar.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read: %2. Ask the administrator to check the folder&apos;s permissions.</source>
        <translation>Berkas basis data %1 tidak dapat dibaca: %2. Minta Administrator memeriksa hak akses folder.</translation>
    </message>
    <message>
        <source>The file %1 is not an Aduan database. Choose the database file (usually aduan.sqlite) that the office shares.</source>
        <translation>Berkas %1 bukan basis data Aduan. Pilih berkas basis data bersama milik kantor (biasanya aduan.sqlite).</translation>
    </message>
    <message>
        <source>The database file %1 is read-only for this PC&apos;s user, so it was opened read-only: you can look, but nothing can be saved. Ask the administrator for write access to the file.</source>
        <translation>Berkas basis data %1 hanya-baca bagi pengguna PC ini, jadi dibuka hanya untuk dibaca: Anda dapat melihat, tetapi tidak dapat menyimpan. Minta Administrator memberi hak tulis atas berkas itu.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only for this PC&apos;s user, and saving needs to create a journal file next to the database, so it was opened read-only: you can look, but nothing can be saved. Ask the administrator for write access to the folder.</source>
        <translation>Folder %1 hanya-baca bagi pengguna PC ini, padahal menyimpan perlu membuat berkas jurnal di sebelah basis data, jadi basis data dibuka hanya untuk dibaca: Anda dapat melihat, tetapi tidak dapat menyimpan. Minta Administrator memberi hak tulis atas folder itu.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be opened: %2</source>
        <translation>Berkas basis data %1 tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Aduan (schema %2; this program knows up to %3). Install the newer version on this PC; the file was not changed.</source>
        <translation>Basis data %1 ditulis oleh Aduan versi yang lebih baru (skema %2; program ini hanya mengenal sampai %3). Pasang versi yang lebih baru di PC ini; berkas tidak diubah.</translation>
    </message>
    <message>
        <source>The database %1 needs an update to this version of Aduan, but it is read-only here. Open it once from a PC that may write to it.</source>
        <translation>Basis data %1 perlu diperbarui untuk versi Aduan ini, tetapi di sini hanya dapat dibaca. Buka sekali dari PC yang boleh menulis ke basis data itu.</translation>
    </message>
    <message>
        <source>The database %1 could not be opened: another PC or program kept it locked for longer than %2 seconds. Nothing was changed. Wait a moment and try again; if it keeps happening, ask the administrator which program holds the file open (a backup or copy tool, a database viewer, an Aduan that hangs).</source>
        <translation>Basis data %1 tidak dapat dibuka: PC atau program lain menguncinya lebih dari %2 detik. Tidak ada yang diubah. Tunggu sebentar, lalu coba lagi; jika terus terjadi, tanyakan kepada Administrator program mana yang membuka berkas itu (alat cadangan atau penyalin, penampil basis data, atau Aduan yang macet).</translation>
    </message>
    <message>
        <source>The database %1 is in write-ahead (WAL) mode, which is not safe in a shared folder, and could not be switched back because another program has it open. Close Aduan on the other PCs and try again.</source>
        <translation>Basis data %1 dalam mode write-ahead (WAL), yang tidak aman di folder bersama, dan tidak dapat dikembalikan karena program lain sedang membukanya. Tutup Aduan di PC lain, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (SQLite&apos;s check failed). Do not keep working in it: ask the administrator to restore the latest backup.</source>
        <translation>Basis data %1 rusak (pemeriksaan SQLite gagal). Jangan lanjut bekerja dengan basis data ini: minta Administrator memulihkan cadangan terakhir.</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite file but not an Aduan database. Choose the database file that the office shares.</source>
        <translation>Berkas %1 adalah berkas SQLite, tetapi bukan basis data Aduan. Pilih berkas basis data bersama milik kantor.</translation>
    </message>
    <message>
        <source>A migration script is missing from the program.</source>
        <translation>Skrip migrasi tidak ada dalam program.</translation>
    </message>
    <message>
        <source>This database is open read-only on this PC, so nothing was saved; what you typed is kept. %1</source>
        <translation>Basis data ini terbuka hanya-baca di PC ini, jadi tidak ada yang disimpan; isian Anda tetap ada. %1</translation>
    </message>
    <message>
        <source>The database is in use by another PC or program and stayed locked. Nothing was saved; what you typed is kept. Wait a moment and try again; if it keeps happening, ask the administrator whether a program holds %1 open.</source>
        <translation>Basis data sedang dipakai PC atau program lain dan tetap terkunci. Tidak ada yang disimpan; isian Anda tetap ada. Tunggu sebentar, lalu coba lagi; jika terus terjadi, tanyakan kepada Administrator apakah ada program yang membuka %1.</translation>
    </message>
    <message>
        <source>The database %1 cannot be written from this PC (read-only file or folder). Nothing was saved; ask the administrator to check the shared folder&apos;s permissions.</source>
        <translation>Basis data %1 tidak dapat ditulis dari PC ini (berkas atau folder hanya-baca). Tidak ada yang disimpan; minta Administrator memeriksa hak akses folder bersama.</translation>
    </message>
    <message>
        <source>The database %1 is damaged. Stop working in it and ask the administrator to restore the latest backup.</source>
        <translation>Basis data %1 rusak. Hentikan pekerjaan dengan basis data ini dan minta Administrator memulihkan cadangan terakhir.</translation>
    </message>
    <message>
        <source>The file %1 is not an Aduan database.</source>
        <translation>Berkas %1 bukan basis data Aduan.</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>Basis data melaporkan kesalahan: %1</translation>
    </message>
    <message>
        <source>The database file %1 is no longer where it was opened: it was moved, renamed or deleted, or the shared folder can no longer be reached. Nothing was saved; what you typed is kept. Ask the administrator to put the file back or reconnect the shared folder, then start Aduan again.</source>
        <translation>Berkas basis data %1 tidak lagi berada di tempat saat dibuka: berkas itu dipindah, diganti namanya, atau dihapus, atau folder bersama tidak dapat dijangkau lagi. Tidak ada yang disimpan; isian Anda tetap ada. Minta Administrator mengembalikan berkas itu atau menyambungkan kembali folder bersama, lalu jalankan Aduan lagi.</translation>
    </message>
    <message>
        <source>The database file %1 was opened read-only on request: you can look, but nothing can be saved.</source>
        <translation>Berkas basis data %1 dibuka hanya untuk dibaca sesuai permintaan: Anda dapat melihat, tetapi tidak dapat menyimpan.</translation>
    </message>
    <message>
        <source>This PC&apos;s clock says %1, but the shared database already holds a change made at %2: this PC&apos;s clock is behind (or another PC&apos;s is ahead). Nothing was saved; what you typed is kept. Ask the administrator to set the clocks right, then save again.</source>
        <translation>Jam PC ini menunjukkan %1, padahal basis data bersama sudah memuat perubahan pada %2: jam PC ini terlambat (atau jam PC lain terlalu cepat). Tidak ada yang disimpan; isian Anda tetap ada. Minta Administrator membetulkan jam, lalu simpan lagi.</translation>
    </message>
    <message>
        <source>the file server</source>
        <translation>server berkas</translation>
    </message>
    <message>
        <source>the newest change in the shared database</source>
        <translation>perubahan terbaru di basis data bersama</translation>
    </message>
    <message>
        <source>This PC&apos;s clock says %1, but %2 says %3. Saving is switched off on this PC until its clock is right, so that no record gets a wrong time. Ask the administrator to set this PC&apos;s date, time and time zone; nothing you see is lost.</source>
        <translation>Jam PC ini menunjukkan %1, tetapi %2 menunjukkan %3. Penyimpanan dimatikan di PC ini sampai jamnya benar, agar tidak ada catatan yang waktunya salah. Minta Administrator membetulkan tanggal, jam, dan zona waktu PC ini; data yang Anda lihat tidak hilang.</translation>
    </message>
    <message>
        <source>Still waiting for the database to save the previous change; this one was not saved. What you typed is kept.</source>
        <translation>Masih menunggu basis data untuk menyimpan perubahan sebelumnya; perubahan ini tidak disimpan. Isian Anda tetap ada.</translation>
    </message>
    <message>
        <source>Saving was cancelled while another PC or program was using the database. Nothing was saved; what you typed is kept. Save again when it is free.</source>
        <translation>Penyimpanan dibatalkan selagi PC atau program lain memakai basis data. Tidak ada yang disimpan; isian Anda tetap ada. Simpan lagi jika basis data sudah bebas.</translation>
    </message>
    <message>
        <source>The database %1 was opened read-only on request: you can look, but nothing can be saved.</source>
        <translation>Basis data %1 dibuka hanya untuk dibaca sesuai permintaan: Anda dapat melihat, tetapi tidak dapat menyimpan.</translation>
    </message>
    <message>
        <source>Aduan could not connect to the database %1: %2. Check that the database server is on and can be reached from this PC, and that the user name, password and database name are right (ask the server&apos;s administrator); then try again. Nothing was changed.</source>
        <translation>Aduan tidak dapat tersambung ke basis data %1: %2. Periksa bahwa server basis data menyala dan dapat dijangkau dari PC ini, serta nama pengguna, kata sandi, dan nama basis data sudah benar (tanyakan kepada administrator server); lalu coba lagi. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The database %1 is not empty. A new Aduan database needs an empty one: ask the server&apos;s administrator for a new database, or open this one instead. Nothing was changed.</source>
        <translation>Basis data %1 tidak kosong. Basis data Aduan yang baru memerlukan basis data kosong: mintalah basis data baru kepada administrator server, atau buka basis data ini saja. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The database %1 is not an Aduan database (it has no Aduan tables). Check the database name with the server&apos;s administrator.</source>
        <translation>Basis data %1 bukan basis data Aduan (tidak memiliki tabel Aduan). Periksa nama basis data dengan administrator server.</translation>
    </message>
    <message>
        <source>the database server</source>
        <translation>server basis data</translation>
    </message>
    <message>
        <source>The connection to the database server of %1 was lost while this change was being saved, so it cannot be known whether it was saved. Look whether it is there (the register, or the complaint&apos;s history) before saving it again; what you typed is kept. Aduan connects again by itself with the next command.</source>
        <translation>Sambungan ke server basis data %1 terputus saat perubahan ini sedang disimpan, sehingga tidak dapat diketahui apakah perubahan tersimpan. Periksa apakah sudah ada (di buku register atau riwayat aduan) sebelum menyimpannya lagi; yang Anda ketik tetap tersimpan di layar. Aduan menyambung kembali sendiri pada perintah berikutnya.</translation>
    </message>
    <message>
        <source>The connection to the database server of %1 was lost (the server or the network is down, or the server was restarted). Nothing was saved; what you typed is kept. Try again in a moment: Aduan connects again by itself. If it keeps failing, check the network and ask the administrator whether the server runs.</source>
        <translation>Sambungan ke server basis data %1 terputus (server atau jaringan mati, atau server dinyalakan ulang). Tidak ada yang tersimpan; yang Anda ketik tetap ada. Coba lagi sebentar lagi: Aduan menyambung kembali sendiri. Jika terus gagal, periksa jaringan dan tanyakan kepada administrator apakah server berjalan.</translation>
    </message>
    <message>
        <source>Reading the database was cancelled while another PC or program was using it. Nothing was read or changed; what you typed is kept. Try again when it is free.</source>
        <translation>Pembacaan basis data dibatalkan selagi PC atau program lain memakainya. Tidak ada yang dibaca atau diubah; yang Anda ketik tetap tersimpan. Coba lagi setelah basis data bebas.</translation>
    </message>
    <message>
        <source>Aduan is still waiting for the database (another PC or program is using it); this was not read. What you typed is kept.</source>
        <translation>Aduan masih menunggu basis data (PC atau program lain sedang memakainya); ini belum dibaca. Yang Anda ketik tetap tersimpan.</translation>
    </message>
</context>
<context>
    <name>aduan::Export</name>
    <message>
        <source>The file %1 cannot be written: %2. Choose another folder.</source>
        <translation>Berkas %1 tidak dapat ditulis: %2. Pilih folder lain.</translation>
    </message>
    <message>
        <source>Row %1, column &quot;%2&quot; holds %3 characters, more than a cell of an XLSX workbook can hold (%4). Nothing was exported: export as CSV, which keeps every character.</source>
        <translation>Baris %1, kolom &quot;%2&quot; berisi %3 karakter, lebih dari yang dapat dimuat satu sel XLSX (%4). Tidak ada yang diekspor: ekspor sebagai CSV, yang menyimpan setiap karakter.</translation>
    </message>
</context>
<context>
    <name>aduan::MessageIntake</name>
    <message>
        <source>This message is no longer in SMS masuk.</source>
        <translation>Pesan ini sudah tidak ada di SMS masuk.</translation>
    </message>
    <message>
        <source>This message was already made complaint %1 (perhaps on another PC); nothing was saved twice.</source>
        <translation>Pesan ini sudah dijadikan aduan %1 (mungkin di PC lain); tidak ada yang disimpan dua kali.</translation>
    </message>
    <message>
        <source>This message was already set aside (perhaps on another PC); nothing was saved.</source>
        <translation>Pesan ini sudah disisihkan (mungkin di PC lain); tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>Write why this message is not a complaint (e.g. a question answered, spam); it was not set aside.</source>
        <translation>Tuliskan mengapa pesan ini bukan aduan (misalnya pertanyaan yang sudah dijawab, spam); pesan belum disisihkan.</translation>
    </message>
    <message>
        <source>Only the complaint officer sets a message aside.</source>
        <translation>Hanya Petugas Pengaduan yang dapat menyisihkan pesan.</translation>
    </message>
    <message>
        <source>The receipt SMS must contain {nomor}, where the agenda number goes; nothing was changed.</source>
        <translation>SMS tanda terima harus memuat {nomor} di tempat Nomor Agenda; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Only the administrator changes settings.</source>
        <translation>Hanya Administrator yang dapat mengubah pengaturan.</translation>
    </message>
</context>
<context>
    <name>aduan::Migration</name>
    <message>
        <source>Login refused: the username or password is wrong, the account is not active, or it is locked. Nothing was changed.</source>
        <translation>Masuk ditolak: nama pengguna atau kata sandi salah, akun tidak aktif, atau akun terkunci. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Only an administrator can move the office&apos;s database to a server. Nothing was changed.</source>
        <translation>Hanya administrator yang dapat memindahkan basis data kantor ke server. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The database to move must be the office&apos;s shared file (--database FILE); %1 is not a file.</source>
        <translation>Basis data yang dipindahkan harus berkas bersama kantor (--database BERKAS); %1 bukan berkas.</translation>
    </message>
    <message>
        <source>The office&apos;s database can be moved only to a PostgreSQL server: give the target as postgresql://USER@SERVER:5432/DATABASE (not %1). Nothing was changed.</source>
        <translation>Basis data kantor hanya dapat dipindahkan ke server PostgreSQL: tulis tujuan sebagai postgresql://PENGGUNA@SERVER:5432/BASISDATA (bukan %1). Tidak ada yang diubah.</translation>
    </message>
</context>
<context>
    <name>aduan::OutputDocument</name>
    <message>
        <source>Complaint %1 has no Lembar Disposisi: the head has not signed one yet.</source>
        <translation>Aduan %1 belum mempunyai Lembar Disposisi: Kepala Dinas belum menandatanganinya.</translation>
    </message>
    <message>
        <source>Complaint %1 has no Hasil Keputusan Penyelesaian Pengaduan: the team has not decided it within the office&apos;s authority.</source>
        <translation>Aduan %1 tidak mempunyai Hasil Keputusan Penyelesaian Pengaduan: Tim belum memutuskannya sebagai kewenangan Dinas.</translation>
    </message>
    <message>
        <source>Complaint %1 was not referred to another agency: it has no Formulir Penyaluran Pengaduan Bukan Kewenangan.</source>
        <translation>Aduan %1 tidak disalurkan ke instansi lain: tidak ada Formulir Penyaluran Pengaduan Bukan Kewenangan.</translation>
    </message>
    <message>
        <source>Complaint %1 has no Berita Acara Penyelesaian Aduan: the result has not been conveyed yet.</source>
        <translation>Aduan %1 belum mempunyai Berita Acara Penyelesaian Aduan: hasilnya belum disampaikan.</translation>
    </message>
</context>
<context>
    <name>aduan::Password</name>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>Kata sandi minimal %1 karakter.</translation>
    </message>
</context>
<context>
    <name>aduan::PostgresDialect</name>
    <message>
        <source>The backup of the database %1 with pg_dump failed: %2. Check that PostgreSQL&apos;s client programs (Debian package postgresql-client) are installed on this PC and that the server can be reached; nothing was changed in the database.</source>
        <translation>Cadangan basis data %1 dengan pg_dump gagal: %2. Periksa bahwa program klien PostgreSQL (paket Debian postgresql-client) terpasang di PC ini dan server dapat dijangkau; tidak ada yang diubah di basis data.</translation>
    </message>
    <message>
        <source>The backup %1 is not there. Nothing was changed.</source>
        <translation>Cadangan %1 tidak ada. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The file %1 is not a backup of an Aduan database on PostgreSQL (a pg_dump custom-format archive holding Aduan&apos;s tables). Nothing was changed.</source>
        <translation>Berkas %1 bukan cadangan basis data Aduan di PostgreSQL (arsip pg_dump format custom yang berisi tabel Aduan). Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Restoring %1 into the database %2 with pg_restore failed: %3. The restore ran as one transaction and was rolled back: the database is as it was. Check that PostgreSQL&apos;s client programs (Debian package postgresql-client) are installed on this PC and that no other program holds the tables.</source>
        <translation>Pemulihan %1 ke basis data %2 dengan pg_restore gagal: %3. Pemulihan berjalan sebagai satu transaksi dan dibatalkan: basis data tetap seperti semula. Periksa bahwa program klien PostgreSQL (paket Debian postgresql-client) terpasang di PC ini dan tidak ada program lain yang memakai tabelnya.</translation>
    </message>
    <message>
        <source>The database location cannot be read.</source>
        <translation>Lokasi basis data tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL location Aduan understands. Write it as postgresql://user@server:5432/database (or postgresql:///database?host=/run/postgresql for this PC&apos;s server); of libpq&apos;s settings after &apos;?&apos; Aduan takes host, port, user, password, dbname and the connection&apos;s security (sslmode, sslrootcert, sslcert, sslkey, sslcrl, channel_binding, gssencmode, krbsrvname, requirepeer, target_session_attrs).</source>
        <translation>%1 bukan lokasi PostgreSQL yang dikenali Aduan. Tulis sebagai postgresql://pengguna@server:5432/basisdata (atau postgresql:///basisdata?host=/run/postgresql untuk server di PC ini); dari pengaturan libpq sesudah &apos;?&apos;, Aduan menerima host, port, user, password, dbname, dan pengaturan keamanan sambungan (sslmode, sslrootcert, sslcert, sslkey, sslcrl, channel_binding, gssencmode, krbsrvname, requirepeer, target_session_attrs).</translation>
    </message>
</context>
<context>
    <name>aduan::Settings</name>
    <message>
        <source>An SOP revision taking effect on %1 exists already.</source>
        <translation>Revisi SOP yang berlaku mulai %1 sudah ada.</translation>
    </message>
</context>
<context>
    <name>aduan::Skm</name>
    <message>
        <source>The SKM questionnaire is not valid: %1</source>
        <translation>Kuesioner SKM tidak sah: %1</translation>
    </message>
</context>
<context>
    <name>aduan::SkmSurvey</name>
    <message>
        <source>There is no such complaint.</source>
        <translation>Aduan tersebut tidak ada.</translation>
    </message>
    <message>
        <source>Question %1 (%2) has no answer: choose 1 to 4 as the respondent answered.</source>
        <translation>Pertanyaan %1 (%2) belum dijawab: pilih 1 sampai 4 sesuai jawaban responden.</translation>
    </message>
    <message>
        <source>Question %1 is not on this questionnaire.</source>
        <translation>Pertanyaan %1 tidak ada dalam kuesioner ini.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices for %2: choose one from the list or leave it empty.</source>
        <translation>&quot;%1&quot; bukan salah satu pilihan untuk %2: pilih dari daftar atau biarkan kosong.</translation>
    </message>
    <message>
        <source>age</source>
        <translation>umur</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>jenis kelamin</translation>
    </message>
    <message>
        <source>education</source>
        <translation>pendidikan</translation>
    </message>
    <message>
        <source>occupation</source>
        <translation>pekerjaan</translation>
    </message>
    <message>
        <source>Only a complaint officer records the satisfaction survey.</source>
        <translation>Hanya Petugas Pengaduan yang dapat mencatat survei kepuasan.</translation>
    </message>
    <message>
        <source>The questionnaire is not complete; nothing was saved.</source>
        <translation>Kuesioner belum lengkap; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>The complaint was voided; it has no survey.</source>
        <translation>Aduan ini sudah dibatalkan; tidak ada survei untuknya.</translation>
    </message>
    <message>
        <source>The survey is asked after the result has been conveyed (SOP step 5); convey the result first.</source>
        <translation>Survei diajukan setelah hasil disampaikan (langkah 5 SOP); sampaikan hasilnya terlebih dahulu.</translation>
    </message>
    <message>
        <source>This complainant&apos;s refusal to answer the survey is recorded already; a complaint has one survey.</source>
        <translation>Penolakan pengadu ini untuk mengisi survei sudah dicatat; satu aduan hanya satu survei.</translation>
    </message>
    <message>
        <source>This complainant&apos;s survey is recorded already; a complaint has one survey.</source>
        <translation>Survei pengadu ini sudah dicatat; satu aduan hanya satu survei.</translation>
    </message>
</context>
<context>
    <name>aduan::SmsDaemon</name>
    <message>
        <source>No message in the environment: sms-receive is run by Gammu&apos;s SMS daemon (RunOnReceive), which sets SMS_MESSAGES, SMS_1_NUMBER and SMS_1_TEXT.</source>
        <translation>Tidak ada pesan di environment: sms-receive dijalankan oleh daemon SMS Gammu (RunOnReceive), yang mengisi SMS_MESSAGES, SMS_1_NUMBER, dan SMS_1_TEXT.</translation>
    </message>
    <message>
        <source>The SMS daemon&apos;s configuration %1 is not there, so the SMS was not queued. Ask the administrator to set the SMS daemon&apos;s configuration.</source>
        <translation>Konfigurasi daemon SMS %1 tidak ada, sehingga SMS tidak masuk antrean. Minta Administrator mengatur konfigurasi daemon SMS.</translation>
    </message>
    <message>
        <source>Gammu could not encode this SMS.</source>
        <translation>Gammu tidak dapat mengodekan SMS ini.</translation>
    </message>
    <message>
        <source>Out of memory while queuing an SMS.</source>
        <translation>Memori habis saat memasukkan SMS ke antrean.</translation>
    </message>
    <message>
        <source>The SMS daemon did not take the message (%1); nothing was sent. Check the daemon&apos;s configuration %2 and its outbox.</source>
        <translation>Daemon SMS tidak menerima pesan ini (%1); tidak ada yang dikirim. Periksa konfigurasi daemon %2 dan kotak keluarnya.</translation>
    </message>
    <message>
        <source>The SMS daemon&apos;s configuration %1 is not there. Ask the administrator to set the SMS daemon&apos;s configuration.</source>
        <translation>Konfigurasi layanan SMS %1 tidak ada. Minta administrator mengatur konfigurasi layanan SMS.</translation>
    </message>
    <message>
        <source>The SMS daemon&apos;s configuration %1 could not be read.</source>
        <translation>Konfigurasi layanan SMS %1 tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>Aduan reads the SMS daemon&apos;s FILES or PostgreSQL store; %1 names another (Service = %2). Set Service = files, or Service = sql with Driver = native_pgsql.</source>
        <translation>Aduan membaca penyimpanan FILES atau PostgreSQL milik layanan SMS; %1 menyebut yang lain (Service = %2). Atur Service = files, atau Service = sql dengan Driver = native_pgsql.</translation>
    </message>
    <message>
        <source>The SMS daemon&apos;s database could not be read (%1). Check the daemon&apos;s configuration.</source>
        <translation>Basis data layanan SMS tidak dapat dibaca (%1). Periksa konfigurasi layanan SMS.</translation>
    </message>
</context>
<context>
    <name>aduan::SmsText</name>
    <message>
        <source>An SMS needs a text; nothing was sent.</source>
        <translation>SMS harus berisi teks; tidak ada yang dikirim.</translation>
    </message>
    <message>
        <source>This text is too long for SMS (%1 characters). Shorten it and send again.</source>
        <translation>Teks ini terlalu panjang untuk SMS (%1 karakter). Perpendek, lalu kirim lagi.</translation>
    </message>
    <message>
        <source>A message has no parts.</source>
        <translation>Pesan ini tidak memiliki bagian.</translation>
    </message>
    <message>
        <source>The parts of this message do not fit together (part %1 of %2 is missing, doubled or from another message).</source>
        <translation>Bagian-bagian pesan ini tidak cocok (bagian %1 dari %2 hilang, ganda, atau berasal dari pesan lain).</translation>
    </message>
    <message>
        <source>Only %1 of the %2 parts of this message arrived.</source>
        <translation>Hanya %1 dari %2 bagian pesan ini yang diterima.</translation>
    </message>
</context>
<context>
    <name>aduan::Sop</name>
    <message>
        <source>The SOP definition is not valid: %1</source>
        <translation>Definisi SOP tidak sah: %1</translation>
    </message>
    <message>
        <source>Enter the SOP&apos;s name (Nama SOP).</source>
        <translation>Isi Nama SOP.</translation>
    </message>
    <message>
        <source>Enter the date from which the revision applies (yyyy-mm-dd).</source>
        <translation>Isi tanggal mulai berlakunya revisi (tahun-bulan-tanggal).</translation>
    </message>
    <message>
        <source>The approver&apos;s NIP &quot;%1&quot; is not a valid 18-digit NIP; correct it or leave it empty.</source>
        <translation>NIP pengesah &quot;%1&quot; bukan NIP 18 digit yang sah; perbaiki atau biarkan kosong.</translation>
    </message>
    <message>
        <source>The revision has no steps: copy the current revision and change it.</source>
        <translation>Revisi ini tidak memiliki langkah: salin revisi yang berlaku, lalu ubah.</translation>
    </message>
    <message>
        <source>The first step must be the one that receives and registers the complaint (Mengagendakan).</source>
        <translation>Langkah pertama harus langkah yang menerima dan mengagendakan aduan (Mengagendakan).</translation>
    </message>
    <message>
        <source>Step %1 is numbered %2: number the steps 1, 2, 3 ... in order.</source>
        <translation>Langkah %1 bernomor %2: beri nomor langkah 1, 2, 3 ... secara berurutan.</translation>
    </message>
    <message>
        <source>Step %1 has the unknown action &quot;%2&quot;; use register, report, dispose, decide or convey.</source>
        <translation>Langkah %1 memiliki tindakan &quot;%2&quot; yang tidak dikenal; gunakan register, report, dispose, decide, atau convey.</translation>
    </message>
    <message>
        <source>Step %1 repeats the action &quot;%2&quot; of an earlier step; each action belongs to one step.</source>
        <translation>Langkah %1 mengulang tindakan &quot;%2&quot; dari langkah sebelumnya; setiap tindakan hanya untuk satu langkah.</translation>
    </message>
    <message>
        <source>Step %1 has no activity: describe what is done (Kegiatan).</source>
        <translation>Langkah %1 belum berisi Kegiatan: uraikan apa yang dikerjakan.</translation>
    </message>
    <message>
        <source>Step %1: the administrator does not handle complaints; choose Petugas Pengaduan, Sekretaris, Kepala Dinas or Tim Pengelola Pengaduan.</source>
        <translation>Langkah %1: Administrator tidak menangani aduan; pilih Petugas Pengaduan, Sekretaris, Kepala Dinas, atau Tim Pengelola Pengaduan.</translation>
    </message>
    <message>
        <source>Step %1 needs a time target of at least 1 working minute.</source>
        <translation>Langkah %1 memerlukan mutu baku waktu paling sedikit 1 menit kerja.</translation>
    </message>
    <message>
        <source>Step %1 has a requirement without a name.</source>
        <translation>Langkah %1 memiliki persyaratan tanpa nama.</translation>
    </message>
    <message>
        <source>Step %1 requires &quot;%2&quot;, which no earlier step produces: name an output of an earlier step (only the registering step takes what the complainant brings).</source>
        <translation>Langkah %1 mensyaratkan &quot;%2&quot;, yang tidak dihasilkan langkah sebelumnya: sebutkan output langkah sebelumnya (hanya langkah mengagendakan yang menerima bawaan pengadu).</translation>
    </message>
    <message>
        <source>Requirement &quot;%1&quot; of step %2 has the unknown source &quot;%3&quot;; use complainant or output.</source>
        <translation>Persyaratan &quot;%1&quot; pada langkah %2 memiliki sumber &quot;%3&quot; yang tidak dikenal; gunakan complainant atau output.</translation>
    </message>
    <message>
        <source>Step %1 requires &quot;%2&quot;, which no earlier step produces: name an output of an earlier step.</source>
        <translation>Langkah %1 mensyaratkan &quot;%2&quot;, yang tidak dihasilkan langkah sebelumnya: sebutkan output langkah sebelumnya.</translation>
    </message>
    <message>
        <source>Step %1 has an output without a name.</source>
        <translation>Langkah %1 memiliki output tanpa nama.</translation>
    </message>
    <message>
        <source>step %1 has the unknown actor &quot;%2&quot;; use officer, secretary, head or team</source>
        <translation>langkah %1 memiliki pelaksana &quot;%2&quot; yang tidak dikenal; gunakan officer, secretary, head, atau team</translation>
    </message>
    <message>
        <source>Step %1&apos;s activity</source>
        <translation>Kegiatan langkah %1</translation>
    </message>
    <message>
        <source>Step %1&apos;s requirement</source>
        <translation>Kelengkapan langkah %1</translation>
    </message>
    <message>
        <source>Step %1&apos;s output</source>
        <translation>Output langkah %1</translation>
    </message>
    <message>
        <source>SOP office</source>
        <translation>Kantor SOP</translation>
    </message>
    <message>
        <source>SOP number</source>
        <translation>Nomor SOP</translation>
    </message>
    <message>
        <source>SOP name</source>
        <translation>Nama SOP</translation>
    </message>
    <message>
        <source>Approver&apos;s title</source>
        <translation>Jabatan pengesah</translation>
    </message>
    <message>
        <source>Approver&apos;s name</source>
        <translation>Nama pengesah</translation>
    </message>
    <message>
        <source>Approver&apos;s NIP</source>
        <translation>NIP pengesah</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Dasar hukum</translation>
    </message>
    <message>
        <source>Qualifications of the staff</source>
        <translation>Kualifikasi pelaksana</translation>
    </message>
    <message>
        <source>Related SOPs</source>
        <translation>SOP terkait</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Peralatan/perlengkapan</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Recording and data</source>
        <translation>Pencatatan dan pendataan</translation>
    </message>
</context>
<context>
    <name>aduan::SopEvaluation</name>
    <message>
        <source>The period is not valid: give a first and a last day, the last not before the first.</source>
        <translation>Periode tidak sah: isi hari pertama dan hari terakhir; hari terakhir tidak boleh sebelum hari pertama.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2). Choose another folder or close the file where it is open.</source>
        <translation>%1 tidak dapat ditulis (%2). Pilih folder lain atau tutup berkas itu di program yang membukanya.</translation>
    </message>
</context>
<context>
    <name>aduan::StepClock</name>
    <message>
        <source>Step %1 took %2 against a target of %3 minutes: it is late by %4.</source>
        <translation>Langkah %1 memakan waktu %2 dari mutu baku %3 menit: terlambat %4.</translation>
    </message>
    <message>
        <source>Step %1 took %2 against a target of %3 minutes: on time.</source>
        <translation>Langkah %1 memakan waktu %2 dari mutu baku %3 menit: tepat waktu.</translation>
    </message>
</context>
<context>
    <name>aduan::StoreCopy</name>
    <message>
        <source>%1, row %2 (%3 %4): column %5 is %6 in the source but %7 in the copy</source>
        <translation>%1, baris %2 (%3 %4): kolom %5 bernilai %6 di sumber tetapi %7 di salinan</translation>
    </message>
    <message>
        <source>The two databases have different schema versions (%1 and %2): open the older one once with this version of Aduan first. Nothing was changed.</source>
        <translation>Kedua basis data memiliki versi skema yang berbeda (%1 dan %2): buka dulu yang lebih lama sekali dengan versi Aduan ini. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The source database has no table %1, which the target has: they are not the same schema. Nothing was changed.</source>
        <translation>Basis data sumber tidak memiliki tabel %1 yang ada di tujuan: skemanya tidak sama. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The target&apos;s table %1 has no column %2, which the source has: they are not the same schema. Nothing was changed.</source>
        <translation>Tabel %1 di tujuan tidak memiliki kolom %2 yang ada di sumber: skemanya tidak sama. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The database %1 already holds data (%2). A copy goes only into an empty database; nothing was changed.</source>
        <translation>Basis data %1 sudah berisi data (%2). Salinan hanya dapat masuk ke basis data kosong; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>%1: %2 rows in the source but %3 in the copy</source>
        <translation>%1: %2 baris di sumber tetapi %3 di salinan</translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation>... dan %1 lainnya</translation>
    </message>
</context>
<context>
    <name>aduan::Users</name>
    <message>
        <source>The user %1 was changed meanwhile on another PC. Reload the list and make your change again.</source>
        <translation>Pengguna %1 baru saja diubah di PC lain. Muat ulang daftar, lalu ulangi perubahan Anda.</translation>
    </message>
</context>
<context>
    <name>aduan::Validation</name>
    <message>
        <source>The NIK contains characters that are not digits: %1. A NIK has only the digits 0-9 (spaces and dots between them are allowed). Retype it from the identity card (KTP), or record that the NIK is not known.</source>
        <translation>NIK berisi karakter yang bukan angka: %1. NIK hanya berisi angka 0-9 (spasi dan titik di antaranya boleh). Ketik ulang dari Kartu Identitas (KTP), atau catat bahwa NIK tidak diketahui.</translation>
    </message>
    <message>
        <source>No NIK was entered. Type the 16 digits from the identity card (KTP), or record that the NIK is not known.</source>
        <translation>NIK belum diisi. Ketik 16 digit dari Kartu Identitas (KTP), atau catat bahwa NIK tidak diketahui.</translation>
    </message>
    <message>
        <source>A NIK has 16 digits; this one has %1. Check the number on the identity card (KTP) and correct it, or record that the NIK is not known.</source>
        <translation>NIK terdiri atas 16 digit; yang ini %1 digit. Periksa nomor pada Kartu Identitas (KTP) dan perbaiki, atau catat bahwa NIK tidak diketahui.</translation>
    </message>
    <message>
        <source>The NIK&apos;s birth month is %1 (digits 9-10), but a month is 01 to 12. Correct the NIK from the identity card (KTP), or record that the NIK is not known.</source>
        <translation>Bulan lahir pada NIK adalah %1 (digit 9-10), padahal bulan hanya 01 sampai 12. Perbaiki NIK sesuai Kartu Identitas (KTP), atau catat bahwa NIK tidak diketahui.</translation>
    </message>
    <message>
        <source>The NIK&apos;s birth day is %1 (digits 7-8), which is not possible: 01 to 31 for a man, 41 to 71 for a woman (her day plus 40). Correct the NIK from the KTP, or record that the NIK is not known.</source>
        <translation>Tanggal lahir pada NIK %1 (digit 7-8) tidak mungkin: 01–31 untuk laki-laki, 41–71 untuk perempuan (tanggal + 40). Perbaiki NIK sesuai KTP, atau catat bahwa NIK tidak diketahui.</translation>
    </message>
    <message>
        <source>The NIK&apos;s birth date, %1-%2-%3 (day-month-year), does not exist. Correct the NIK from the identity card (KTP), or record that the NIK is not known.</source>
        <translation>Tanggal lahir pada NIK, %1-%2-%3 (tanggal-bulan-tahun), tidak ada. Perbaiki NIK sesuai Kartu Identitas (KTP), atau catat bahwa NIK tidak diketahui.</translation>
    </message>
    <message>
        <source>The NIK&apos;s birth date, %1 (day-month-year), is after today. Correct the NIK from the identity card (KTP), or record that the NIK is not known.</source>
        <translation>Tanggal lahir pada NIK, %1 (tanggal-bulan-tahun), jatuh sesudah hari ini. Perbaiki NIK sesuai Kartu Identitas (KTP), atau catat bahwa NIK tidak diketahui.</translation>
    </message>
    <message>
        <source>The NIK&apos;s last four digits (the serial number) are 0000, which is never issued. Correct the NIK from the identity card (KTP), or record that the NIK is not known.</source>
        <translation>Empat digit terakhir NIK (nomor urut) adalah 0000, yang tidak pernah diterbitkan. Perbaiki NIK sesuai Kartu Identitas (KTP), atau catat bahwa NIK tidak diketahui.</translation>
    </message>
    <message>
        <source>This is not a Kota Blitar NIK (region %1). This is only a note: the complaint can be registered; if the NIK was mistyped, correct it from the identity card (KTP).</source>
        <translation>Ini bukan NIK Kota Blitar (wilayah %1). Ini hanya catatan: aduan tetap dapat diagendakan; jika NIK salah ketik, perbaiki sesuai Kartu Identitas (KTP).</translation>
    </message>
    <message>
        <source>The NIK&apos;s district code %1 is not a district of Kota Blitar (35.72.01 Sukorejo, 35.72.02 Kepanjenkidul, 35.72.03 Sananwetan). Check the NIK against the identity card (KTP); if it is right as printed, accept this warning.</source>
        <translation>Kode kecamatan %1 pada NIK bukan kecamatan di Kota Blitar (35.72.01 Sukorejo, 35.72.02 Kepanjenkidul, 35.72.03 Sananwetan). Cocokkan NIK dengan Kartu Identitas (KTP); jika sudah sesuai dengan yang tercetak, terima peringatan ini.</translation>
    </message>
    <message>
        <source>The NIK&apos;s birth day encodes a woman, the form says male. Check the identity card (KTP) and correct the gender or the NIK; if both are right as printed, accept this warning.</source>
        <translation>Tanggal lahir pada NIK menunjukkan perempuan, sedangkan formulir menyebut laki-laki. Periksa Kartu Identitas (KTP) dan perbaiki jenis kelamin atau NIK; jika keduanya sudah sesuai dengan yang tercetak, terima peringatan ini.</translation>
    </message>
    <message>
        <source>The NIK&apos;s birth day encodes a man, the form says female. Check the identity card (KTP) and correct the gender or the NIK; if both are right as printed, accept this warning.</source>
        <translation>Tanggal lahir pada NIK menunjukkan laki-laki, sedangkan formulir menyebut perempuan. Periksa Kartu Identitas (KTP) dan perbaiki jenis kelamin atau NIK; jika keduanya sudah sesuai dengan yang tercetak, terima peringatan ini.</translation>
    </message>
    <message>
        <source>The NIP contains characters that are not digits: %1. A NIP has only the digits 0-9 (spaces between the groups are allowed). Retype it from the civil servant&apos;s decree or ID card.</source>
        <translation>NIP berisi karakter yang bukan angka: %1. NIP hanya berisi angka 0-9 (spasi di antara kelompok angka boleh). Ketik ulang dari SK atau kartu pegawai.</translation>
    </message>
    <message>
        <source>No NIP was entered. Type the 18-digit NIP from the civil servant&apos;s decree or ID card.</source>
        <translation>NIP belum diisi. Ketik NIP 18 digit dari SK atau kartu pegawai.</translation>
    </message>
    <message>
        <source>A NIP has 18 digits; this one has %1. Check the number on the civil servant&apos;s decree or ID card and correct it.</source>
        <translation>NIP terdiri atas 18 digit; yang ini %1 digit. Periksa nomor pada SK atau kartu pegawai dan perbaiki.</translation>
    </message>
    <message>
        <source>The NIP&apos;s first 8 digits are the birth date (year, month, day), but %1 is not a real date. Check the number on the civil servant&apos;s decree or ID card and correct it.</source>
        <translation>8 digit pertama NIP adalah tanggal lahir (tahun, bulan, tanggal), tetapi %1 bukan tanggal yang ada. Periksa nomor pada SK atau kartu pegawai dan perbaiki.</translation>
    </message>
    <message>
        <source>The NIP&apos;s digits 9-14 are the appointment year and month, but the month is %1; a month is 01 to 12. Check the number on the civil servant&apos;s decree or ID card and correct it.</source>
        <translation>Digit 9-14 NIP adalah tahun dan bulan pengangkatan, tetapi bulannya %1; bulan hanya 01 sampai 12. Periksa nomor pada SK atau kartu pegawai dan perbaiki.</translation>
    </message>
    <message>
        <source>The NIP&apos;s 15th digit is %1, but it must be 1 (man) or 2 (woman). Check the number on the civil servant&apos;s decree or ID card and correct it.</source>
        <translation>Digit ke-15 NIP adalah %1, padahal harus 1 (laki-laki) atau 2 (perempuan). Periksa nomor pada SK atau kartu pegawai dan perbaiki.</translation>
    </message>
    <message>
        <source>The NIP&apos;s last three digits (the serial number) are 000, which is never issued. Check the number on the civil servant&apos;s decree or ID card and correct it.</source>
        <translation>Tiga digit terakhir NIP (nomor urut) adalah 000, yang tidak pernah diterbitkan. Periksa nomor pada SK atau kartu pegawai dan perbaiki.</translation>
    </message>
    <message>
        <source>The NIP says the civil servant was appointed in %1 (month-year), before turning 18 (born %2, day-month-year). Check the number on the decree or ID card; if it is right as printed, accept this warning.</source>
        <translation>Menurut NIP, pegawai ini diangkat pada %1 (bulan-tahun), sebelum berumur 18 tahun (lahir %2, tanggal-bulan-tahun). Periksa nomor pada SK atau kartu pegawai; jika sudah sesuai dengan yang tercetak, terima peringatan ini.</translation>
    </message>
    <message>
        <source>No name was entered. Type the person&apos;s name as written on the identity card (KTP) or as they say it.</source>
        <translation>Nama belum diisi. Ketik nama orang itu seperti tertulis pada Kartu Identitas (KTP) atau seperti yang disebutkannya.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; has no letters. Type the person&apos;s name in letters, as written on the identity card (KTP) or as they say it.</source>
        <translation>Nama &quot;%1&quot; tidak berisi huruf. Ketik nama orang itu dengan huruf, seperti tertulis pada Kartu Identitas (KTP) atau seperti yang disebutkannya.</translation>
    </message>
    <message>
        <source>The name has %1 characters, but at most %2 fit on the forms. Shorten it, for example by abbreviating a middle name as on the identity card (KTP).</source>
        <translation>Nama ini %1 karakter, padahal formulir hanya memuat paling banyak %2. Singkat nama itu, misalnya dengan menyingkat nama tengah seperti pada Kartu Identitas (KTP).</translation>
    </message>
    <message>
        <source>No phone number was entered. Type the number the complainant gives, starting with 0 (for example 0812 3456 7801, or 0342 801234 for a landline).</source>
        <translation>Nomor telepon belum diisi. Ketik nomor yang diberikan pengadu, diawali 0 (misalnya 0812 3456 7801, atau 0342 801234 untuk telepon rumah/kantor).</translation>
    </message>
    <message>
        <source>%1 is a foreign phone number (it does not start with +62 or 0). It is kept as typed; check it with the complainant, or accept this warning.</source>
        <translation>%1 adalah nomor telepon luar negeri (tidak diawali +62 atau 0). Nomor disimpan seperti yang diketik; pastikan kepada pengadu, atau terima peringatan ini.</translation>
    </message>
    <message>
        <source>%1 is not a valid Indonesian phone number. Type it starting with 0 (for example 0812 3456 7801, or 0342 801234 for a landline), or + and the country code for a foreign one.</source>
        <translation>%1 bukan nomor telepon Indonesia yang sah. Ketik diawali 0 (misalnya 0812 3456 7801, atau 0342 801234 untuk telepon rumah), atau + dan kode negara untuk nomor luar negeri.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; holds an invisible control character (%2, character %3), which does not show on screen and breaks prints and exports. This field takes a single line: remove the character, for example by typing the text again.</source>
        <translation>Isian &quot;%1&quot; memuat karakter kendali yang tidak terlihat (%2, karakter ke-%3), yang tidak tampak di layar dan merusak cetakan serta ekspor. Isian ini hanya satu baris: hapus karakter itu, misalnya dengan mengetik ulang teksnya.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; holds an invisible control character (%2, character %3), which does not show on screen and breaks prints and exports. Line breaks and tabs are fine; remove this character, for example by typing the text again.</source>
        <translation>Isian &quot;%1&quot; memuat karakter kendali yang tidak terlihat (%2, karakter ke-%3), yang tidak tampak di layar dan merusak cetakan serta ekspor. Pindah baris dan tab boleh; hapus karakter ini, misalnya dengan mengetik ulang teksnya.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; holds a hidden character that reverses the direction of the text (%2, character %3): the text would show and print differently from what is stored. Remove it, for example by typing the text again.</source>
        <translation>Isian &quot;%1&quot; memuat karakter tersembunyi yang membalik arah teks (%2, karakter ke-%3): teks akan tampil dan tercetak berbeda dari yang disimpan. Hapus karakter itu, misalnya dengan mengetik ulang teksnya.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti pengaduan</translation>
    </message>
    <message>
        <source>Reason not shown</source>
        <translation>Alasan tidak ditunjukkan</translation>
    </message>
    <message>
        <source>Attachment name</source>
        <translation>Nama lampiran</translation>
    </message>
    <message>
        <source>An anonymous complaint keeps no identity: clear the complainant&apos;s name, NIK, phone and address, or choose &quot;confidential&quot; to keep the identity hidden instead.</source>
        <translation>Aduan anonim tidak menyimpan identitas: kosongkan nama, NIK, telepon dan alamat pengadu, atau pilih &quot;rahasia&quot; agar identitasnya disembunyikan.</translation>
    </message>
    <message>
        <source>Enter the complainant&apos;s name, or mark the complaint as anonymous.</source>
        <translation>Isi nama pengadu, atau tandai aduan sebagai anonim.</translation>
    </message>
    <message>
        <source>Enter the subject of the complaint (a short line).</source>
        <translation>Isi pokok aduan (satu baris singkat).</translation>
    </message>
    <message>
        <source>Enter what the complaint is about.</source>
        <translation>Isi uraian aduan.</translation>
    </message>
    <message>
        <source>Enter when the complaint reached the office: date and time, for example 18/03/2026 21.14.</source>
        <translation>Isi kapan aduan sampai di kantor: tanggal dan jam, misalnya 18/03/2026 21.14.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time. Type day/month/year and hour.minute, for example 18/03/2026 21.14.</source>
        <translation>&quot;%1&quot; bukan tanggal dan jam. Ketik tanggal/bulan/tahun dan jam.menit, misalnya 18/03/2026 21.14.</translation>
    </message>
    <message>
        <source>%1 does not exist. Check the day, month and time, for example 18/03/2026 21.14.</source>
        <translation>%1 tidak ada. Periksa tanggal, bulan dan jamnya, misalnya 18/03/2026 21.14.</translation>
    </message>
    <message>
        <source>The time received lies in the future. Enter when the complaint reached the office.</source>
        <translation>Waktu diterima masih di masa depan. Isi kapan aduan sampai di kantor.</translation>
    </message>
</context>
<context>
    <name>aduan::WebsiteImport</name>
    <message>
        <source>The file ends inside a quoted field that starts on line %1; it was not imported. Save it again from the spreadsheet as CSV.</source>
        <translation>Berkas berakhir di dalam isian bertanda kutip yang dimulai pada baris %1; berkas tidak diimpor. Simpan ulang dari lembar kerja sebagai CSV.</translation>
    </message>
    <message>
        <source>The file is empty; nothing was imported.</source>
        <translation>Berkas kosong; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>Choose the columns of the complaint&apos;s text and of its time; nothing was imported.</source>
        <translation>Pilih kolom teks aduan dan kolom waktunya; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot; (for %2); choose the columns again. Nothing was imported.</source>
        <translation>Berkas tidak memiliki kolom &quot;%1&quot; (untuk %2); pilih kolom lagi. Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>Only the complaint officer imports messages.</source>
        <translation>Hanya Petugas Pengaduan yang dapat mengimpor pesan.</translation>
    </message>
    <message>
        <source>the complaint&apos;s text is empty</source>
        <translation>teks aduan kosong</translation>
    </message>
    <message>
        <source>the time &quot;%1&quot; is not a date such as 19/01/2024 08:30</source>
        <translation>waktu &quot;%1&quot; bukan tanggal seperti 19/01/2024 08:30</translation>
    </message>
    <message>
        <source>the time %1 lies in the future</source>
        <translation>waktu %1 masih di masa depan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Nomor HP</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Complaint text</source>
        <translation>Isi aduan</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
</context>
<context>
    <name>aduan::Workflow</name>
    <message>
        <source>This user account does not exist or is no longer active. Log in again.</source>
        <translation>Akun pengguna ini tidak ada atau sudah tidak aktif. Silakan masuk lagi.</translation>
    </message>
    <message>
        <source>This complaint does not exist.</source>
        <translation>Aduan ini tidak ada.</translation>
    </message>
    <message>
        <source>This attachment does not exist.</source>
        <translation>Lampiran ini tidak ada.</translation>
    </message>
    <message>
        <source>The attachments of a confidential complaint can only be opened by users with the right to see confidential identities.</source>
        <translation>Lampiran aduan rahasia hanya dapat dibuka oleh pengguna yang berhak melihat identitas yang dirahasiakan.</translation>
    </message>
    <message>
        <source>This complaint was changed meanwhile on another PC. Nothing was saved; what you typed is kept. Reload the complaint to see the change, then do your step again.</source>
        <translation>Aduan ini baru saja diubah di PC lain. Tidak ada yang disimpan; isian Anda tetap ada. Muat ulang aduan untuk melihat perubahannya, lalu ulangi langkah Anda.</translation>
    </message>
    <message>
        <source> (or an acting head, Plh., on the dates of a delegation)</source>
        <translation> (atau Plh. Kepala Dinas pada tanggal pendelegasian)</translation>
    </message>
    <message>
        <source>Only the %1%2 can %3. %4 holds the role %5.</source>
        <translation>Hanya %1%2 yang dapat %3. Peran %4: %5.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>register a complaint</source>
        <translation>mengagendakan aduan</translation>
    </message>
    <message>
        <source>report a complaint to the head</source>
        <translation>melaporkan aduan kepada Kepala Dinas</translation>
    </message>
    <message>
        <source>sign a disposition</source>
        <translation>menandatangani disposisi</translation>
    </message>
    <message>
        <source>record the team&apos;s decision</source>
        <translation>mencatat keputusan tim</translation>
    </message>
    <message>
        <source>convey the result to the complainant</source>
        <translation>menyampaikan hasil kepada pengadu</translation>
    </message>
    <message>
        <source>No SOP revision is in force today. Ask the administrator to enter the SOP.</source>
        <translation>Tidak ada revisi SOP yang berlaku hari ini. Minta Administrator memasukkan SOP.</translation>
    </message>
    <message>
        <source>Not shown: %1. For each requirement that the complainant cannot show, record the reason (e.g. &quot;complaint by SMS&quot;).</source>
        <translation>Tidak ditunjukkan: %1. Untuk setiap persyaratan yang tidak dapat ditunjukkan pengadu, catat alasannya (misalnya &quot;aduan lewat SMS&quot;).</translation>
    </message>
    <message>
        <source>The complaint class &quot;%1&quot; is not known. Choose one from the list.</source>
        <translation>Klasifikasi aduan &quot;%1&quot; tidak dikenal. Pilih dari daftar.</translation>
    </message>
    <message>
        <source>The linked complaint does not exist.</source>
        <translation>Aduan yang ditautkan tidak ada.</translation>
    </message>
    <message>
        <source>The complaint&apos;s SOP revision is missing.</source>
        <translation>Revisi SOP aduan ini tidak ada.</translation>
    </message>
    <message>
        <source>The SOP revision of this complaint has no step to %1.</source>
        <translation>Revisi SOP aduan ini tidak memiliki langkah untuk %1.</translation>
    </message>
    <message>
        <source>Complaint %1 was voided (%2); nothing more can be done on it.</source>
        <translation>Aduan %1 sudah dibatalkan (%2); tidak ada lagi yang dapat dilakukan atasnya.</translation>
    </message>
    <message>
        <source>Complaint %1 is finished; no step is open.</source>
        <translation>Aduan %1 sudah selesai; tidak ada langkah yang terbuka.</translation>
    </message>
    <message>
        <source>Complaint %1 is at step %2, not at step %3 (%4).</source>
        <translation>Aduan %1 berada pada langkah %2, bukan langkah %3 (%4).</translation>
    </message>
    <message>
        <source>Complaint %1 is on hold. Resume it first, then complete the step.</source>
        <translation>Aduan %1 sedang ditunda. Lanjutkan dulu, lalu selesaikan langkahnya.</translation>
    </message>
    <message>
        <source>This step needs %1 first.</source>
        <translation>Langkah ini memerlukan %1 terlebih dahulu.</translation>
    </message>
    <message>
        <source>Tick at least one instruction or write a note on the disposition.</source>
        <translation>Centang paling sedikit satu instruksi atau tulis catatan pada disposisi.</translation>
    </message>
    <message>
        <source>Enter to whom the disposition is addressed.</source>
        <translation>Isi kepada siapa disposisi ditujukan.</translation>
    </message>
    <message>
        <source>Enter when the team met.</source>
        <translation>Isi kapan tim mengadakan rapat.</translation>
    </message>
    <message>
        <source>The meeting time lies in the future.</source>
        <translation>Waktu rapat belum terjadi (masih di masa depan).</translation>
    </message>
    <message>
        <source>Name who attended the team&apos;s meeting.</source>
        <translation>Sebutkan nama yang hadir dalam rapat tim.</translation>
    </message>
    <message>
        <source>Write the team&apos;s decision.</source>
        <translation>Tuliskan keputusan tim.</translation>
    </message>
    <message>
        <source>The complaint is not this office&apos;s authority: choose the agency it is referred to.</source>
        <translation>Aduan ini bukan kewenangan Dinas Sosial: pilih instansi tujuan penyalurannya.</translation>
    </message>
    <message>
        <source>Write why the complaint is referred to another agency.</source>
        <translation>Tuliskan alasan aduan disalurkan ke instansi lain.</translation>
    </message>
    <message>
        <source>The chosen agency is not in the list of agencies.</source>
        <translation>Instansi yang dipilih tidak ada dalam daftar instansi.</translation>
    </message>
    <message>
        <source>Choose how the result was conveyed (in person, telephone, letter, ...).</source>
        <translation>Pilih cara hasil disampaikan (langsung, telepon, surat, ...).</translation>
    </message>
    <message>
        <source>Write the result that was conveyed to the complainant.</source>
        <translation>Tuliskan hasil yang disampaikan kepada pengadu.</translation>
    </message>
    <message>
        <source>Complaint %1 has no open step to put on hold.</source>
        <translation>Aduan %1 tidak memiliki langkah terbuka yang dapat ditunda.</translation>
    </message>
    <message>
        <source>put step %1 on hold</source>
        <translation>menunda langkah %1</translation>
    </message>
    <message>
        <source>Complaint %1 is already on hold.</source>
        <translation>Aduan %1 sudah ditunda.</translation>
    </message>
    <message>
        <source>Write why the complaint is put on hold (what it waits for).</source>
        <translation>Tuliskan alasan aduan ditunda (apa yang ditunggu).</translation>
    </message>
    <message>
        <source>Complaint %1 is not on hold.</source>
        <translation>Aduan %1 tidak sedang ditunda.</translation>
    </message>
    <message>
        <source>resume step %1</source>
        <translation>melanjutkan langkah %1</translation>
    </message>
    <message>
        <source>Only the complaint officer, the secretary or the administrator can void a complaint.</source>
        <translation>Hanya Petugas Pengaduan, Sekretaris, atau Administrator yang dapat membatalkan aduan.</translation>
    </message>
    <message>
        <source>Complaint %1 is voided already.</source>
        <translation>Aduan %1 sudah dibatalkan.</translation>
    </message>
    <message>
        <source>Write why the complaint is voided.</source>
        <translation>Tuliskan alasan aduan dibatalkan.</translation>
    </message>
    <message>
        <source>Only the complaint officer, the secretary or the administrator can correct a complaint&apos;s details.</source>
        <translation>Hanya Petugas Pengaduan, Sekretaris, atau Administrator yang dapat memperbaiki data aduan.</translation>
    </message>
    <message>
        <source>Complaint %1 is finished or voided; its details can no longer be changed.</source>
        <translation>Aduan %1 sudah selesai atau dibatalkan; datanya tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <source>Reason for the deviation</source>
        <translation>Alasan penyimpangan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Diteruskan kepada</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instruksi</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Pembahasan</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Peserta rapat</translation>
    </message>
    <message>
        <source>Reason for the referral</source>
        <translation>Alasan penyaluran</translation>
    </message>
    <message>
        <source>Letter number</source>
        <translation>Nomor surat</translation>
    </message>
    <message>
        <source>How the result was conveyed</source>
        <translation>Cara penyampaian hasil</translation>
    </message>
    <message>
        <source>Result conveyed</source>
        <translation>Hasil disampaikan</translation>
    </message>
    <message>
        <source>Complainant&apos;s response</source>
        <translation>Tanggapan pengadu</translation>
    </message>
    <message>
        <source>Reason for the hold</source>
        <translation>Alasan penundaan</translation>
    </message>
    <message>
        <source>Reason for voiding</source>
        <translation>Alasan pembatalan</translation>
    </message>
    <message>
        <source>Record the reason for the deviation (SOP: every deviation from the standard must be accounted for).</source>
        <translation>Catat alasan penyimpangan (SOP: setiap penyimpangan dari mutu baku harus dipertanggungjawabkan).</translation>
    </message>
    <message>
        <source>No valid phone number is registered with this complaint, so the result cannot go by SMS. Choose another way, or correct the phone number first (Ubah data aduan).</source>
        <translation>Aduan ini tidak memiliki nomor telepon yang sah, jadi hasilnya tidak dapat dikirim lewat SMS. Pilih cara lain, atau perbaiki nomor teleponnya dahulu (Ubah data aduan).</translation>
    </message>
    <message>
        <source>The result is too long for SMS (more than 50 messages). Shorten it, or convey it another way.</source>
        <translation>Hasilnya terlalu panjang untuk SMS (lebih dari 50 pesan). Persingkat, atau sampaikan dengan cara lain.</translation>
    </message>
</context>
<context>
    <name>aduan::forms</name>
    <message>
        <source>The PDF file %1 could not be written.</source>
        <translation>Berkas PDF %1 tidak dapat ditulis.</translation>
    </message>
</context>
<context>
    <name>aduan::forms::ComplaintFormWidget</name>
    <message>
        <source>Reception</source>
        <translation>Penerimaan</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>S&amp;aluran:</translation>
    </message>
    <message>
        <source>&amp;Received at:</source>
        <translation>&amp;Diterima:</translation>
    </message>
    <message>
        <source>Identity:</source>
        <translation>Identitas:</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Biasa</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Rahasia</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonim</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Pengadu</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>NI&amp;K:</source>
        <translation>NI&amp;K:</translation>
    </message>
    <message>
        <source>16 digits from the identity card (KTP)</source>
        <translation>16 digit dari Kartu Identitas (KTP)</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Jenis kelamin:</translation>
    </message>
    <message>
        <source>L (male)</source>
        <translation>L (laki-laki)</translation>
    </message>
    <message>
        <source>P (female)</source>
        <translation>P (perempuan)</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telepon:</translation>
    </message>
    <message>
        <source>e.g. 0812 3456 7801</source>
        <translation>misalnya 0812 3456 7801</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>Ala&amp;mat:</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Persyaratan</translation>
    </message>
    <message>
        <source>Tick what the complainant shows. For anything not shown, write why (e.g. &quot;complaint by SMS&quot;).</source>
        <translation>Centang yang ditunjukkan pengadu. Untuk yang tidak ditunjukkan, tuliskan alasannya (misalnya &quot;aduan lewat SMS&quot;).</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Aduan</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Uraian:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lokasi:</translation>
    </message>
    <message>
        <source>Where it happened</source>
        <translation>Tempat kejadian</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Kate&amp;gori:</translation>
    </message>
    <message>
        <source>Cl&amp;ass:</source>
        <translation>Klasi&amp;fikasi:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti pengaduan</translation>
    </message>
    <message>
        <source>&amp;Items:</source>
        <translation>&amp;Bukti:</translation>
    </message>
    <message>
        <source>One item per line, e.g. fotokopi KKS</source>
        <translation>Satu bukti per baris, misalnya fotokopi KKS</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Berkas:</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>Tambah b&amp;erkas…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>%1 (%2 working days)</source>
        <translation>%1 (%2 hari kerja)</translation>
    </message>
    <message>
        <source>Why it is not shown (required)</source>
        <translation>Alasan tidak ditunjukkan (wajib)</translation>
    </message>
    <message>
        <source>Reason %1 is not shown</source>
        <translation>Alasan %1 tidak ditunjukkan</translation>
    </message>
    <message>
        <source>when the complaint reached the office</source>
        <translation>saat aduan sampai di kantor</translation>
    </message>
    <message>
        <source>now: received at the desk</source>
        <translation>sekarang: diterima di meja layanan</translation>
    </message>
    <message>
        <source>The identity is recorded, but shown and printed as &quot;%1&quot; to anyone without the right to see it.</source>
        <translation>Identitas dicatat, tetapi ditampilkan dan dicetak sebagai &quot;%1&quot; bagi siapa pun yang tidak berhak melihatnya.</translation>
    </message>
    <message>
        <source>No identity is recorded at all; prints show &quot;%1&quot;.</source>
        <translation>Identitas sama sekali tidak dicatat; cetakan menampilkan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>female</source>
        <translation>perempuan</translation>
    </message>
    <message>
        <source>male</source>
        <translation>laki-laki</translation>
    </message>
    <message>
        <source>Born %1, %2</source>
        <translation>Lahir %1, %2</translation>
    </message>
    <message>
        <source>saved as %1</source>
        <translation>disimpan sebagai %1</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>Tambah berkas bukti</translation>
    </message>
    <message>
        <source>Images and PDF documents (*.png *.jpg *.jpeg *.gif *.webp *.pdf);;All files (*)</source>
        <translation>Gambar dan dokumen PDF (*.png *.jpg *.jpeg *.gif *.webp *.pdf);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No file</source>
        <translation>Tidak ada berkas</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>As on the identity card</source>
        <translation>Sesuai Kartu Identitas</translation>
    </message>
    <message>
        <source>dd/mm/yyyy hh.mm</source>
        <translation>hh/bb/tttt jj.mm</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>&amp;Perihal:</translation>
    </message>
</context>
<context>
    <name>aduan::forms::ComplaintHeaderWidget</name>
    <message>
        <source>Agenda number:</source>
        <translation>Nomor Agenda:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Diterima:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Dari:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Perihal:</translation>
    </message>
</context>
<context>
    <name>aduan::forms::DecisionWidget</name>
    <message>
        <source>Complaint</source>
        <translation>Aduan</translation>
    </message>
    <message>
        <source>Team meeting</source>
        <translation>Rapat tim</translation>
    </message>
    <message>
        <source>Meeting &amp;time:</source>
        <translation>&amp;Waktu rapat:</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>&amp;Peserta rapat:</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Tamba&amp;h</translation>
    </message>
    <message>
        <source>Discussion and decision</source>
        <translation>Pembahasan dan keputusan</translation>
    </message>
    <message>
        <source>Dis&amp;cussion:</source>
        <translation>Pem&amp;bahasan:</translation>
    </message>
    <message>
        <source>D&amp;ecision:</source>
        <translation>&amp;Keputusan:</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Kewenangan</translation>
    </message>
    <message>
        <source>Within the authority of Dinas Sosial</source>
        <translation>Kewenangan Dinas Sosial</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>&amp;Instansi tujuan:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>&amp;Letter number:</source>
        <translation>N&amp;omor surat:</translation>
    </message>
    <message>
        <source>Choose the agency</source>
        <translation>Pilih instansi</translation>
    </message>
    <message>
        <source>Why it is not the authority of Dinas Sosial</source>
        <translation>Alasan bukan kewenangan Dinas Sosial</translation>
    </message>
    <message>
        <source>Not its authority: refer to the competent agency</source>
        <translation>Bukan kewenangan: salurkan ke instansi yang berwenang</translation>
    </message>
    <message>
        <source>Another attendee</source>
        <translation>Peserta lain</translation>
    </message>
    <message>
        <source>e.g. 23/03/2026 10.15</source>
        <translation>misalnya 23/03/2026 10.15</translation>
    </message>
</context>
<context>
    <name>aduan::forms::DispositionWidget</name>
    <message>
        <source>Complaint</source>
        <translation>Aduan</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Sifat</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instruksi</translation>
    </message>
    <message>
        <source>Note and addressee</source>
        <translation>Catatan dan tujuan</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>C&amp;atatan:</translation>
    </message>
    <message>
        <source>&amp;Forwarded to:</source>
        <translation>&amp;Diteruskan kepada:</translation>
    </message>
</context>
<context>
    <name>aduan::forms::HandoverView</name>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Uraian aduan:</translation>
    </message>
    <message>
        <source>Secretary&apos;s note for the head:</source>
        <translation>Catatan Sekretaris untuk Kepala Dinas:</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(tanpa catatan)</translation>
    </message>
    <message>
        <source>Head&apos;s instructions (%1):</source>
        <translation>Instruksi Kepala Dinas (%1):</translation>
    </message>
    <message>
        <source>Head&apos;s note:</source>
        <translation>Catatan Kepala Dinas:</translation>
    </message>
    <message>
        <source>letter %1</source>
        <translation>surat %1</translation>
    </message>
    <message>
        <source>Referred to:</source>
        <translation>Disalurkan kepada:</translation>
    </message>
    <message>
        <source>Reason for the referral:</source>
        <translation>Alasan penyaluran:</translation>
    </message>
    <message>
        <source>Team&apos;s decision:</source>
        <translation>Hasil keputusan Tim:</translation>
    </message>
</context>
<context>
    <name>aduan::forms::ReasonDialog</name>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Wajib diisi</translation>
    </message>
    <message>
        <source>Ctrl+Enter records the reason.</source>
        <translation>Ctrl+Enter mencatat alasan.</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Catatan (boleh kosong):</translation>
    </message>
    <message>
        <source>May be left empty</source>
        <translation>Boleh dikosongkan</translation>
    </message>
    <message>
        <source>Ctrl+Enter records the note.</source>
        <translation>Ctrl+Enter menyimpan catatan.</translation>
    </message>
</context>
<context>
    <name>aduan::forms::ResolutionReportWidget</name>
    <message>
        <source>Complaint</source>
        <translation>Aduan</translation>
    </message>
    <message>
        <source>Result conveyed to the complainant</source>
        <translation>Hasil yang disampaikan kepada pengadu</translation>
    </message>
    <message>
        <source>Conveyed &amp;by:</source>
        <translation>Cara pen&amp;yampaian:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Hasil:</translation>
    </message>
    <message>
        <source>Complainant&apos;s r&amp;esponse:</source>
        <translation>Tangga&amp;pan pengadu:</translation>
    </message>
    <message>
        <source>Choose how</source>
        <translation>Pilih cara</translation>
    </message>
</context>
<context>
    <name>aduan::gui</name>
    <message>
        <source>Today&apos;s backup was saved: %1</source>
        <translation>Cadangan hari ini sudah disimpan: %1</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation>Cadangan hari ini tidak dapat dibuat: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Waiting for the database: another PC or program is using it (%1 s). You can keep typing; the change is saved as soon as the database is free.</source>
        <translation>Menunggu basis data: sedang dipakai PC atau program lain (%1 detik). Anda dapat terus mengetik; perubahan disimpan begitu basis data bebas.</translation>
    </message>
    <message>
        <source>Waiting for the database: another PC or program is using it (%1 s). You can keep typing; the screen is filled in as soon as the database is free.</source>
        <translation>Menunggu basis data: PC atau program lain sedang memakainya (%1 dtk). Anda dapat terus mengetik; layar diisi begitu basis data bebas.</translation>
    </message>
</context>
<context>
    <name>aduan::gui::AdminWorkspace</name>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Delegations (Plh.)</source>
        <translation>Pendelegasian (Plh.)</translation>
    </message>
    <message>
        <source>Office profile</source>
        <translation>Profil kantor</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Lists and numbering</source>
        <translation>Daftar dan penomoran</translation>
    </message>
    <message>
        <source>Rekapitulasi</source>
        <translation>Rekapitulasi</translation>
    </message>
    <message>
        <source>SOP</source>
        <translation>SOP</translation>
    </message>
    <message>
        <source>SOP evaluation</source>
        <translation>Evaluasi SOP</translation>
    </message>
    <message>
        <source>SKM report</source>
        <translation>Laporan SKM</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
</context>
<context>
    <name>aduan::gui::AmendDialog</name>
    <message>
        <source>Correct the details of %1</source>
        <translation>Perbaiki data %1</translation>
    </message>
    <message>
        <source>Correct the complainant, the confidentiality, the subject, the description, the location or the category. The change and the earlier values are kept in the complaint&apos;s history.</source>
        <translation>Perbaiki data pengadu, kerahasiaan, perihal, uraian, lokasi, atau kategori. Perubahan dan nilai sebelumnya tetap tersimpan dalam riwayat aduan.</translation>
    </message>
    <message>
        <source>&amp;Save the correction</source>
        <translation>&amp;Simpan perbaikan</translation>
    </message>
    <message>
        <source>Save the corrected details (Ctrl+S)</source>
        <translation>Simpan data yang sudah diperbaiki (Ctrl+S)</translation>
    </message>
    <message>
        <source>You may not see the identity of this confidential complaint, so its details cannot be corrected here.</source>
        <translation>Anda tidak berhak melihat identitas aduan rahasia ini, jadi datanya tidak dapat diperbaiki di sini.</translation>
    </message>
    <message>
        <source>The form has errors; see the marked fields.
%1</source>
        <translation>Formulir masih mengandung kesalahan; lihat isian yang ditandai.
%1</translation>
    </message>
    <message>
        <source>Please check:
%1

Save the correction as it is?</source>
        <translation>Mohon periksa:
%1

Simpan perbaikan apa adanya?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Terjadi kesalahan: %1</translation>
    </message>
</context>
<context>
    <name>aduan::gui::Application</name>
    <message>
        <source>Aduan</source>
        <translation>Aduan</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Terjadi kesalahan: %1</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Terjadi kesalahan.</translation>
    </message>
</context>
<context>
    <name>aduan::gui::BackupPage</name>
    <message>
        <source>This database is on a server: Aduan writes no automatic backups of it. The server&apos;s administrator schedules its dumps.</source>
        <translation>Basis data ini ada di server: Aduan tidak menulis cadangan otomatisnya. Administrator server menjadwalkan dump-nya.</translation>
    </message>
    <message>
        <source>Each office day, the first PC that starts Aduan writes a backup of the whole database. Choose where these backups go, for every PC of the office.</source>
        <translation>Setiap hari kerja, PC pertama yang menjalankan Aduan menulis cadangan seluruh basis data. Pilih ke mana cadangan ini disimpan, untuk semua PC kantor.</translation>
    </message>
    <message>
        <source>&amp;Beside the database, in the shared folder (recommended): %1</source>
        <translation>Di &amp;samping basis data, di folder bersama (disarankan): %1</translation>
    </message>
    <message>
        <source>&amp;Another folder:</source>
        <translation>Folder &amp;lain:</translation>
    </message>
    <message>
        <source>a whole path, such as D:\Cadangan Aduan</source>
        <translation>jalur lengkap, misalnya D:\Cadangan Aduan</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Kembalikan</translation>
    </message>
    <message>
        <source>&amp;Save backup folder</source>
        <translation>Si&amp;mpan folder cadangan</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Folder cadangan</translation>
    </message>
    <message>
        <source>Save backup folder</source>
        <translation>Simpan folder cadangan</translation>
    </message>
    <message>
        <source>Saved: the backups go beside the database.</source>
        <translation>Tersimpan: cadangan disimpan di samping basis data.</translation>
    </message>
    <message>
        <source>Saved: the backups go to %1.</source>
        <translation>Tersimpan: cadangan disimpan ke %1.</translation>
    </message>
</context>
<context>
    <name>aduan::gui::CalendarPage</name>
    <message>
        <source>&quot;%1&quot; is not a period like 07:30-16:00.</source>
        <translation>&quot;%1&quot; bukan rentang waktu seperti 07:30-16:00.</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Jam kerja</translation>
    </message>
    <message>
        <source>IANA time zone, e.g. Asia/Jakarta (WIB), Asia/Makassar (WITA)</source>
        <translation>Zona waktu IANA, misalnya Asia/Jakarta (WIB), Asia/Makassar (WITA)</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona waktu:</translation>
    </message>
    <message>
        <source>Periods per day, e.g. 07:30-12:00, 13:00-16:00 (the gap is the break). Empty = day off.</source>
        <translation>Rentang jam kerja per hari, misalnya 07:30-12:00, 13:00-16:00 (jedanya waktu istirahat). Kosong = hari libur.</translation>
    </message>
    <message>
        <source>Working periods</source>
        <translation>Jam kerja per hari</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Hari libur</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Dari:</translation>
    </message>
    <message>
        <source>U&amp;ntil:</source>
        <translation>&amp;Sampai:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Add holiday</source>
        <translation>&amp;Tambah hari libur</translation>
    </message>
    <message>
        <source>Re&amp;move selected</source>
        <translation>&amp;Hapus yang dipilih</translation>
    </message>
    <message>
        <source>&amp;Save calendar</source>
        <translation>Si&amp;mpan kalender</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Kembalikan</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Add holiday</source>
        <translation>Tambah hari libur</translation>
    </message>
    <message>
        <source>Enter the holiday&apos;s name.</source>
        <translation>Isi nama hari libur.</translation>
    </message>
    <message>
        <source>Save calendar</source>
        <translation>Simpan kalender</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone (e.g. Asia/Jakarta).</source>
        <translation>&quot;%1&quot; bukan zona waktu yang dikenal (misalnya Asia/Jakarta).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The calendar is saved. Step clocks use it from now on.</source>
        <translation>Kalender sudah disimpan. Penghitung waktu langkah memakainya mulai sekarang.</translation>
    </message>
</context>
<context>
    <name>aduan::gui::CommandLine</name>
    <message>
        <source>Aduan: the public-complaint SOP (Penyaluran Pengaduan Masyarakat) of the Dinas Sosial Kota Blitar.</source>
        <translation>Aduan: SOP Penyaluran Pengaduan Masyarakat Dinas Sosial Kota Blitar.</translation>
    </message>
    <message>
        <source>Open the database file &lt;path&gt; (it must exist).</source>
        <translation>Buka berkas basis data &lt;path&gt; (harus sudah ada).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Open the demo database (created if absent); the login screen lists the demo accounts.</source>
        <translation>Buka basis data demo (dibuat bila belum ada); layar masuk menampilkan akun-akun demo.</translation>
    </message>
    <message>
        <source>Language of the screens: id (Indonesian) or en (English).</source>
        <translation>Bahasa layar: id (Indonesia) atau en (Inggris).</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use id or en.</source>
        <translation>Bahasa &quot;%1&quot; tidak dikenal: gunakan id atau en.</translation>
    </message>
    <message>
        <source>Choose either --demo or --database, not both.</source>
        <translation>Pilih --demo atau --database, jangan keduanya.</translation>
    </message>
</context>
<context>
    <name>aduan::gui::ComplaintActions</name>
    <message>
        <source>Correct details…</source>
        <translation>Perbaiki data…</translation>
    </message>
    <message>
        <source>Void complaint…</source>
        <translation>Batalkan aduan…</translation>
    </message>
    <message>
        <source>A finished or voided complaint can no longer be corrected.</source>
        <translation>Aduan yang sudah selesai atau dibatalkan tidak dapat diperbaiki lagi.</translation>
    </message>
    <message>
        <source>You may not see the identity of this confidential complaint, so its details cannot be corrected here.</source>
        <translation>Anda tidak berhak melihat identitas aduan rahasia ini, jadi datanya tidak dapat diperbaiki di sini.</translation>
    </message>
    <message>
        <source>Koreksi data: correct the complainant, subject, description, location or category</source>
        <translation>Koreksi data: perbaiki pengadu, perihal, uraian, lokasi, atau kategori</translation>
    </message>
    <message>
        <source>This complaint is voided already.</source>
        <translation>Aduan ini sudah dibatalkan.</translation>
    </message>
    <message>
        <source>Batalkan aduan: void a complaint registered by mistake (with a reason; its number stays used)</source>
        <translation>Batalkan aduan: batalkan aduan yang salah diagendakan (dengan alasan; nomornya tetap terpakai)</translation>
    </message>
    <message>
        <source>Void complaint %1</source>
        <translation>Batalkan aduan %1</translation>
    </message>
    <message>
        <source>Voiding is for a complaint registered by mistake. It cannot be undone; the complaint stays in the intake book as voided and its number %1 is not used again. Why is it voided?</source>
        <translation>Pembatalan hanya untuk aduan yang salah diagendakan. Pembatalan tidak dapat diurungkan; aduan tetap ada di Buku Penerimaan Pengaduan dengan status dibatalkan dan nomornya, %1, tidak dipakai lagi. Apa alasan pembatalannya?</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Terjadi kesalahan: %1</translation>
    </message>
</context>
<context>
    <name>aduan::gui::ComplaintDetailDialog</name>
    <message>
        <source>Complaint detail</source>
        <translation>Rincian aduan</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Cetak</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation>Aduan %1</translation>
    </message>
</context>
<context>
    <name>aduan::gui::ComplaintDetailView</name>
    <message>
        <source>Registered</source>
        <translation>Diagendakan</translation>
    </message>
    <message>
        <source>Reported to the head</source>
        <translation>Dilaporkan kepada Kepala Dinas</translation>
    </message>
    <message>
        <source>Disposition signed</source>
        <translation>Disposisi ditandatangani</translation>
    </message>
    <message>
        <source>Decision recorded</source>
        <translation>Keputusan dicatat</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Disalurkan</translation>
    </message>
    <message>
        <source>Result conveyed</source>
        <translation>Hasil disampaikan</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>Tunda</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Dilanjutkan</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Details corrected</source>
        <translation>Data diperbaiki</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Aduan</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Pelaksana</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Time used</source>
        <translation>Waktu terpakai</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mutu baku</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Deviation reason</source>
        <translation>Alasan penyimpangan</translation>
    </message>
    <message>
        <source>On hold from</source>
        <translation>Ditunda sejak</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Note on resuming</source>
        <translation>Catatan saat dilanjutkan</translation>
    </message>
    <message>
        <source>On hold (Ditunda)</source>
        <translation>Ditunda</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Simpan salinan…</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>step %1 (%2)</source>
        <translation>langkah %1 (%2)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor Agenda</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Pengadu</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Rahasia</translation>
    </message>
    <message>
        <source>Yes (Rahasia)</source>
        <translation>Ya (Rahasia)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n working day(s))</source>
        <translation>
            <numerusform>%1 (%n hari kerja)</numerusform>
        </translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasifikasi</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>ditunjukkan</translation>
    </message>
    <message>
        <source>not shown: %1</source>
        <translation>tidak ditunjukkan: %1</translation>
    </message>
    <message>
        <source>Related complaint</source>
        <translation>Aduan terkait</translation>
    </message>
    <message>
        <source>complaint #%1</source>
        <translation>aduan #%1</translation>
    </message>
    <message>
        <source>Plh. %1</source>
        <translation>Plh. %1</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>ditunda</translation>
    </message>
    <message>
        <source>open</source>
        <translation>berjalan</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 menit</translation>
    </message>
    <message>
        <source>late by %1</source>
        <translation>terlambat %1</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>tepat waktu</translation>
    </message>
    <message>
        <source>still on hold</source>
        <translation>masih ditunda</translation>
    </message>
    <message>
        <source>Step %1: note</source>
        <translation>Langkah %1: catatan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Lembar Disposisi</source>
        <translation>Lembar Disposisi</translation>
    </message>
    <message>
        <source>Urgency (Sifat)</source>
        <translation>Sifat</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instruksi</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kepada</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Ditandatangani oleh</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ditandatangani</translation>
    </message>
    <message>
        <source>Hasil Keputusan Penyelesaian Pengaduan</source>
        <translation>Hasil Keputusan Penyelesaian Pengaduan</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rapat</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Peserta rapat</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Pembahasan</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Within the office&apos;s authority</source>
        <translation>Kewenangan Dinas Sosial</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Dicatat</translation>
    </message>
    <message>
        <source>Formulir Penyaluran Pengaduan Bukan Kewenangan</source>
        <translation>Formulir Penyaluran Pengaduan Bukan Kewenangan</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi tujuan</translation>
    </message>
    <message>
        <source>Letter number</source>
        <translation>Nomor surat</translation>
    </message>
    <message>
        <source>Berita Acara Penyelesaian Aduan</source>
        <translation>Berita Acara Penyelesaian Aduan</translation>
    </message>
    <message>
        <source>Conveyed by</source>
        <translation>Cara penyampaian</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Complainant&apos;s response</source>
        <translation>Tanggapan pengadu</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Conveyed</source>
        <translation>Disampaikan</translation>
    </message>
    <message>
        <source>No output yet besides the Formulir Aduan.</source>
        <translation>Belum ada output selain Formulir Aduan.</translation>
    </message>
    <message>
        <source>%1 (%2, %3 KB)</source>
        <translation>%1 (%2, %3 KB)</translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation>Tidak ada lampiran.</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>Lampiran (%1)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Simpan salinan</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Berkas %1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>No change of this complaint is recorded.</source>
        <translation>Tidak ada perubahan yang tercatat untuk aduan ini.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>Open a copy of the file in this PC&apos;s viewer</source>
        <translation>Buka salinan berkas dengan penampil di PC ini</translation>
    </message>
    <message>
        <source>Evidence items</source>
        <translation>Rincian bukti</translation>
    </message>
    <message>
        <source>%1, not yet handed to the SMS daemon</source>
        <translation>%1, belum diserahkan ke layanan SMS</translation>
    </message>
    <message>
        <source>%1 (asked %2)</source>
        <translation>%1 (ditanyakan %2)</translation>
    </message>
    <message>
        <source>SMS to</source>
        <translation>SMS ke</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(disembunyikan)</translation>
    </message>
    <message>
        <source>SMS sent</source>
        <translation>SMS dikirim</translation>
    </message>
    <message>
        <source>SMS delivery</source>
        <translation>Status SMS</translation>
    </message>
</context>
<context>
    <name>aduan::gui::ConveyPanel</name>
    <message>
        <source>&amp;Save Berita Acara</source>
        <translation>Si&amp;mpan Berita Acara</translation>
    </message>
    <message>
        <source>Record that the result was conveyed to the complainant (Ctrl+S).</source>
        <translation>Catat bahwa hasil sudah disampaikan kepada pengadu (Ctrl+S).</translation>
    </message>
    <message>
        <source>Save Berita Acara</source>
        <translation>Simpan Berita Acara</translation>
    </message>
    <message>
        <source>the phone registered with the complaint</source>
        <translation>nomor telepon yang tercatat pada aduan</translation>
    </message>
    <message>
        <source>The result goes by SMS to %1 when saved:</source>
        <translation>Saat disimpan, hasil dikirim lewat SMS ke %1:</translation>
    </message>
    <message>
        <source>The Berita Acara is saved; the SMS waits to be sent: %1</source>
        <translation>Berita Acara tersimpan; SMS menunggu dikirim: %1</translation>
    </message>
</context>
<context>
    <name>aduan::gui::DatabaseLocationEdit</name>
    <message>
        <source>Shared file (SQLite) in the office&apos;s shared folder</source>
        <translation>Berkas bersama (SQLite) di folder bersama kantor</translation>
    </message>
    <message>
        <source>Database server (PostgreSQL)</source>
        <translation>Server basis data (PostgreSQL)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>J&amp;enis:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Tel&amp;usuri…</translation>
    </message>
    <message>
        <source>server name or address, e.g. 192.168.1.10</source>
        <translation>nama atau alamat server, mis. 192.168.1.10</translation>
    </message>
    <message>
        <source>Remember &amp;the password on this PC</source>
        <translation>Ingat kata sandi di P&amp;C ini</translation>
    </message>
    <message>
        <source>Kept in PostgreSQL&apos;s own password file of this Windows or Linux user (.pgpass), which only this user can read; Aduan&apos;s settings never hold it.</source>
        <translation>Disimpan di berkas kata sandi PostgreSQL milik pengguna Windows atau Linux ini (.pgpass), yang hanya bisa dibaca pengguna ini; pengaturan Aduan tidak pernah menyimpannya.</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Na&amp;ma basis data:</translation>
    </message>
    <message>
        <source>Us&amp;er:</source>
        <translation>Pengg&amp;una:</translation>
    </message>
    <message>
        <source>Pa&amp;ssword:</source>
        <translation>Kata san&amp;di:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Lokasi:</translation>
    </message>
    <message>
        <source>Open the office&apos;s database</source>
        <translation>Buka basis data kantor</translation>
    </message>
    <message>
        <source>Aduan database (*.sqlite *.db);;All files (*)</source>
        <translation>Basis data Aduan (*.sqlite *.db);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation>Buat basis data baru</translation>
    </message>
    <message>
        <source>Aduan database (*.sqlite)</source>
        <translation>Basis data Aduan (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>aduan::gui::DatabaseOpener</name>
    <message>
        <source>The folder %1 for the demo database could not be created.</source>
        <translation>Folder %1 untuk basis data demo tidak dapat dibuat.</translation>
    </message>
</context>
<context>
    <name>aduan::gui::DecisionPanel</name>
    <message>
        <source>&amp;Save decision</source>
        <translation>Si&amp;mpan keputusan</translation>
    </message>
    <message>
        <source>Record the team&apos;s decision, or the referral to the competent agency (Ctrl+S).</source>
        <translation>Catat keputusan tim, atau penyaluran ke instansi yang berwenang (Ctrl+S).</translation>
    </message>
    <message>
        <source>Save decision</source>
        <translation>Simpan keputusan</translation>
    </message>
    <message>
        <source>Refer the complaint</source>
        <translation>Salurkan aduan</translation>
    </message>
</context>
<context>
    <name>aduan::gui::DelegationsPage</name>
    <message>
        <source>Acting head (Plh.)</source>
        <translation>Plh. Kepala Dinas</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>New delegation of the head&apos;s signing</source>
        <translation>Pendelegasian baru penandatanganan Kepala Dinas</translation>
    </message>
    <message>
        <source>e.g. Kepala Dinas on leave</source>
        <translation>misalnya Kepala Dinas cuti</translation>
    </message>
    <message>
        <source>&amp;Acting official:</source>
        <translation>&amp;Pelaksana harian (Plh.):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dari:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Sampai:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>&amp;Add delegation</source>
        <translation>&amp;Tambah pendelegasian</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>dicabut</translation>
    </message>
    <message>
        <source>in force today</source>
        <translation>berlaku hari ini</translation>
    </message>
    <message>
        <source>past</source>
        <translation>sudah lewat</translation>
    </message>
    <message>
        <source>coming</source>
        <translation>akan datang</translation>
    </message>
    <message>
        <source>Add delegation</source>
        <translation>Tambah pendelegasian</translation>
    </message>
</context>
<context>
    <name>aduan::gui::DispositionPanel</name>
    <message>
        <source>&amp;Sign disposition…</source>
        <translation>Tanda ta&amp;ngani disposisi…</translation>
    </message>
    <message>
        <source>Sign the Lembar Disposisi (Ctrl+S); asks your password again.</source>
        <translation>Tanda tangani Lembar Disposisi (Ctrl+S); kata sandi Anda akan diminta lagi.</translation>
    </message>
    <message>
        <source>Sign disposition</source>
        <translation>Tanda tangani disposisi</translation>
    </message>
    <message>
        <source>Signing the Lembar Disposisi of %1 as %2. Enter your password to sign.</source>
        <translation>Menandatangani Lembar Disposisi %1 sebagai %2. Masukkan kata sandi Anda untuk menandatangani.</translation>
    </message>
    <message>
        <source>Plh. Kepala Dinas</source>
        <translation>Plh. Kepala Dinas</translation>
    </message>
    <message>
        <source>Kepala Dinas</source>
        <translation>Kepala Dinas</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Tanda tangani</translation>
    </message>
    <message>
        <source>The password is not correct; the disposition is not signed.</source>
        <translation>Kata sandi salah; disposisi tidak ditandatangani.</translation>
    </message>
</context>
<context>
    <name>aduan::gui::DraftKeeper</name>
    <message>
        <source>The form could not be kept as a draft on this PC (%1): register it before closing the program.</source>
        <translation>Formulir tidak dapat disimpan sebagai draf di PC ini (%1): catat aduan sebelum menutup program.</translation>
    </message>
    <message>
        <source>Last kept: %1</source>
        <translation>Terakhir disimpan: %1</translation>
    </message>
    <message>
        <source>Complainant: %1</source>
        <translation>Pengadu: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Perihal: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached</source>
        <translation>
            <numerusform>%n berkas terlampir</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved draft</source>
        <translation>Draf belum tersimpan</translation>
    </message>
    <message>
        <source>Continue the unsaved draft?</source>
        <translation>Lanjutkan draf yang belum tersimpan?</translation>
    </message>
    <message>
        <source>A Formulir Aduan that was not registered was kept on this PC (the program was closed or the power went off).</source>
        <translation>Ada Formulir Aduan yang belum dicatat dan tersimpan di PC ini (program ditutup atau listrik padam).</translation>
    </message>
    <message>
        <source>&amp;Continue the draft</source>
        <translation>&amp;Lanjutkan draf</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>Buang draf</translation>
    </message>
</context>
<context>
    <name>aduan::gui::HeadWorkspace</name>
    <message>
        <source>You sign as Plh. Kepala Dinas (acting head) under a delegation that covers today.</source>
        <translation>Anda menandatangani sebagai Plh. Kepala Dinas berdasarkan pendelegasian yang berlaku hari ini.</translation>
    </message>
    <message>
        <source>Dispositions</source>
        <translation>Disposisi</translation>
    </message>
    <message>
        <source>Intake book</source>
        <translation>Buku Penerimaan Pengaduan</translation>
    </message>
    <message>
        <source>Rekapitulasi</source>
        <translation>Rekapitulasi</translation>
    </message>
    <message>
        <source>Dispositions (%L1)</source>
        <translation>Disposisi (%L1)</translation>
    </message>
    <message>
        <source>SKM report</source>
        <translation>Laporan SKM</translation>
    </message>
</context>
<context>
    <name>aduan::gui::IdleLock</name>
    <message>
        <source>Aduan is locked.</source>
        <translation>Aduan terkunci.</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Kunci</translation>
    </message>
    <message>
        <source>Lock the screen now; the password opens it again (Ctrl+L)</source>
        <translation>Kunci layar sekarang; kata sandi membukanya kembali (Ctrl+L)</translation>
    </message>
    <message numerus="yes">
        <source>The screen was locked after %n minute(s) without use.</source>
        <translation>
            <numerusform>Layar dikunci setelah %n menit tidak dipakai.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) is logged in. Type the password to continue; what was typed in the forms is kept.</source>
        <translation>%1 (%2) sedang masuk. Ketik kata sandi untuk melanjutkan; isian formulir tetap tersimpan.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Kata sandi salah.</translation>
    </message>
    <message numerus="yes">
        <source>After %n more wrong password(s) the account is locked.</source>
        <translation>
            <numerusform>Setelah %n kali lagi salah kata sandi, akun akan terkunci.</numerusform>
        </translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Terjadi kesalahan: %1</translation>
    </message>
</context>
<context>
    <name>aduan::gui::ImportDialog</name>
    <message>
        <source>Import CSV</source>
        <translation>Impor CSV</translation>
    </message>
    <message>
        <source>A website or Google Form export saved as CSV (Excel or Google Sheets, Indonesian settings). Each row waits in the SMS inbox until it is made a complaint.</source>
        <translation>Ekspor situs web atau Google Form yang disimpan sebagai CSV (Excel atau Google Sheets, pengaturan Indonesia). Setiap baris menunggu di SMS masuk sampai dijadikan aduan.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Berkas:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Pilih…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Berkas CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the file.</source>
        <translation>
            <numerusform>%n baris dalam berkas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added to the SMS inbox, %2 imported before, %3 not imported.</source>
        <translation>%1 ditambahkan ke SMS masuk, %2 sudah diimpor sebelumnya, %3 tidak diimpor.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… dan %1 lainnya.</translation>
    </message>
</context>
<context>
    <name>aduan::gui::InboxModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Used %1 of %2 minutes</source>
        <translation>Terpakai %1 dari %2 menit</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Batas waktu %1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor Agenda</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Pengadu</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Sisa waktu</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>Diterima %1</translation>
    </message>
</context>
<context>
    <name>aduan::gui::InboxPage</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Rincian</translation>
    </message>
    <message>
        <source>Put on &amp;hold…</source>
        <translation>&amp;Tunda…</translation>
    </message>
    <message>
        <source>Ditunda: waiting for the complainant or a third party; the step&apos;s clock stops.</source>
        <translation>Ditunda: menunggu pengadu atau pihak ketiga; penghitung waktu langkah berhenti.</translation>
    </message>
    <message>
        <source>Res&amp;ume…</source>
        <translation>Lan&amp;jutkan…</translation>
    </message>
    <message>
        <source>Saved: %1 has moved on to the next step.</source>
        <translation>Tersimpan: %1 sudah berlanjut ke langkah berikutnya.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n complaint(s) waiting</source>
        <translation>
            <numerusform>%1: %n aduan menunggu</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a complaint from the list.</source>
        <translation>Pilih aduan dari daftar.</translation>
    </message>
    <message>
        <source>On hold: resume it before completing the step.</source>
        <translation>Ditunda: lanjutkan dulu sebelum menyelesaikan langkah.</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>Tunda</translation>
    </message>
    <message>
        <source>Why is complaint %1 on hold? (e.g. waiting for data from another agency) The step&apos;s clock stops until it is resumed.</source>
        <translation>Mengapa aduan %1 ditunda? (misalnya menunggu data dari instansi lain) Penghitung waktu langkah berhenti sampai aduan dilanjutkan.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <source>Complaint %1 is resumed and its clock runs again. Note what arrived (optional).</source>
        <translation>Aduan %1 dilanjutkan dan penghitung waktunya berjalan lagi. Catat apa yang sudah diterima (boleh dikosongkan).</translation>
    </message>
</context>
<context>
    <name>aduan::gui::IntakeBookModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Ditunda</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Batas waktu %1</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>Klik untuk mengurutkan menurut kolom ini</translation>
    </message>
    <message>
        <source>The register cannot be sorted by this column</source>
        <translation>Buku Penerimaan Pengaduan tidak dapat diurutkan menurut kolom ini</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor Agenda</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Pengadu</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Langkah saat ini</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Sisa waktu</translation>
    </message>
</context>
<context>
    <name>aduan::gui::ListsPage</name>
    <message>
        <source>Categories</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Kategori baru</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <source>Agencies (for referrals)</source>
        <translation>Instansi (tujuan penyaluran)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>Ala&amp;mat:</translation>
    </message>
    <message>
        <source>Add a&amp;gency</source>
        <translation>Tambah &amp;instansi</translation>
    </message>
    <message>
        <source>Agenda number</source>
        <translation>Nomor Agenda</translation>
    </message>
    <message>
        <source>Tokens: {seq} or {seq:04} (the year&apos;s running number), {month}, {month:02}, {month_roman}, {year}.</source>
        <translation>Penanda: {seq} atau {seq:04} (nomor urut tahun berjalan), {month}, {month:02}, {month_roman}, {year}.</translation>
    </message>
    <message>
        <source>&amp;Save pattern</source>
        <translation>Simpan &amp;pola</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Daftar</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>Tambah kategori</translation>
    </message>
    <message>
        <source>Add agency</source>
        <translation>Tambah instansi</translation>
    </message>
    <message>
        <source>Save pattern</source>
        <translation>Simpan pola</translation>
    </message>
    <message>
        <source>The agenda number pattern is saved; it numbers the next complaints.</source>
        <translation>Pola Nomor Agenda sudah disimpan; pola ini menomori aduan berikutnya.</translation>
    </message>
    <message>
        <source>The next number will be: %1</source>
        <translation>Nomor berikutnya: %1</translation>
    </message>
</context>
<context>
    <name>aduan::gui::LockDialog</name>
    <message>
        <source>Aduan is locked</source>
        <translation>Aduan terkunci</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>Close this user&apos;s session; what was not saved is lost, except a new complaint&apos;s form, which is kept as a draft.</source>
        <translation>Tutup sesi pengguna ini; yang belum disimpan akan hilang, kecuali formulir aduan baru, yang disimpan sebagai draf.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Buka kunci</translation>
    </message>
</context>
<context>
    <name>aduan::gui::LoginDialog</name>
    <message>
        <source>Aduan — Log in</source>
        <translation>Aduan — Masuk</translation>
    </message>
    <message>
        <source>Public complaints: Penyaluran Pengaduan Masyarakat</source>
        <translation>Layanan Penyaluran Pengaduan Masyarakat</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>Demo accounts (demo database only): choose one.</source>
        <translation>Akun demo (khusus basis data demo): pilih salah satu.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Basis data: %1</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Masuk</translation>
    </message>
    <message>
        <source>&amp;Database…</source>
        <translation>Basis &amp;data…</translation>
    </message>
    <message>
        <source>Work on another database on this PC: the office&apos;s shared file or its database server</source>
        <translation>Bekerja dengan basis data lain di PC ini: berkas bersama kantor atau server basis datanya</translation>
    </message>
</context>
<context>
    <name>aduan::gui::MainWindow</name>
    <message>
        <source>Aduan — Penyaluran Pengaduan Masyarakat</source>
        <translation>Aduan — Penyaluran Pengaduan Masyarakat</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Utama</translation>
    </message>
    <message>
        <source>&amp;Workspace: </source>
        <translation>&amp;Ruang kerja: </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Read everything again (F5)</source>
        <translation>Baca ulang semua data (F5)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>This account holds no role. Ask the administrator to give it one.</source>
        <translation>Akun ini belum memiliki peran. Minta Administrator memberikan peran.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Basis data: %1</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(hanya-baca)</translation>
    </message>
    <message>
        <source>(demo)</source>
        <translation>(demo)</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Hanya-baca: %1</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Ganti pengguna</translation>
    </message>
    <message>
        <source>Log out and show the login screen; a form being filled is kept as a draft (Ctrl+Shift+L)</source>
        <translation>Keluar ke layar masuk; formulir yang sedang diisi disimpan sebagai draf (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Close Aduan on this PC (Ctrl+Q); to hand the PC to another person use Switch user</source>
        <translation>Tutup Aduan di PC ini (Ctrl+Q); untuk menyerahkan PC kepada orang lain gunakan Ganti pengguna</translation>
    </message>
    <message>
        <source>Close Aduan? A form being filled is kept as a draft.</source>
        <translation>Tutup Aduan? Formulir yang sedang diisi disimpan sebagai draf.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
</context>
<context>
    <name>aduan::gui::NewComplaintPage</name>
    <message>
        <source>&amp;Print receipt</source>
        <translation>&amp;Cetak tanda terima</translation>
    </message>
    <message>
        <source>Cetak tanda terima: the Formulir Penerimaan Pengaduan for the complainant</source>
        <translation>Cetak tanda terima: Formulir Penerimaan Pengaduan untuk pengadu</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Earlier complaints of this person</source>
        <translation>Aduan sebelumnya dari orang ini</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Tidak ada.</translation>
    </message>
    <message>
        <source>&amp;New complaint</source>
        <translation>Aduan ba&amp;ru</translation>
    </message>
    <message>
        <source>Empty the form and start the step&apos;s clock again (Ctrl+N)</source>
        <translation>Kosongkan formulir dan mulai lagi penghitung waktu langkah (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Save and register</source>
        <translation>&amp;Simpan dan catat</translation>
    </message>
    <message>
        <source>Register the complaint in the Buku Penerimaan Pengaduan (Ctrl+S)</source>
        <translation>Catat aduan di Buku Penerimaan Pengaduan (Ctrl+S)</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>Aduan baru</translation>
    </message>
    <message>
        <source>Discard what was typed in the form?</source>
        <translation>Buang isian formulir?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Open complaints of the last 30 days with the same NIK or phone appear here. Tick one to link the new complaint to it.</source>
        <translation>Aduan yang masih berjalan dalam 30 hari terakhir dengan NIK atau telepon yang sama muncul di sini. Centang salah satu untuk menautkan aduan baru dengannya.</translation>
    </message>
    <message>
        <source>same NIK</source>
        <translation>NIK sama</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>telepon sama</translation>
    </message>
    <message>
        <source>%1 (%2)
%3 · %4
%5</source>
        <translation>%1 (%2)
%3 · %4
%5</translation>
    </message>
    <message>
        <source>Tick to link the new complaint to this one; double-click for its details.</source>
        <translation>Centang untuk menautkan aduan baru dengan aduan ini; klik dua kali untuk melihat rinciannya.</translation>
    </message>
    <message>
        <source>No open complaint of the last 30 days with this NIK or phone.</source>
        <translation>Tidak ada aduan berjalan dalam 30 hari terakhir dengan NIK atau telepon ini.</translation>
    </message>
    <message numerus="yes">
        <source>%n open complaint(s) with the same NIK or phone. Tick one to link the new complaint to it.</source>
        <translation>
            <numerusform>%n aduan berjalan dengan NIK atau telepon yang sama. Centang salah satu untuk menautkan aduan baru dengannya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Register complaint</source>
        <translation>Catat aduan</translation>
    </message>
    <message>
        <source>The form has errors; see the marked fields.
%1</source>
        <translation>Formulir masih mengandung kesalahan; lihat isian yang ditandai.
%1</translation>
    </message>
    <message>
        <source>Please check:
%1

Register the complaint as it is?</source>
        <translation>Mohon periksa:
%1

Catat aduan apa adanya?</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Catat</translation>
    </message>
    <message>
        <source>Registered as %1.</source>
        <translation>Tercatat dengan Nomor Agenda %1.</translation>
    </message>
    <message>
        <source>Accepted warnings:</source>
        <translation>Peringatan yang diterima:</translation>
    </message>
    <message>
        <source>Discard what was typed in the form and fill it in from the message?</source>
        <translation>Buang isian formulir yang sudah diketik dan isi dari pesan?</translation>
    </message>
    <message>
        <source>Filled in from the SMS inbox (%1). Complete the form, then save.</source>
        <translation>Diisi dari SMS masuk (%1). Lengkapi formulir, lalu simpan.</translation>
    </message>
    <message>
        <source>Step %1 started %2 · %3 used</source>
        <translation>Langkah %1 mulai %2 · terpakai %3</translation>
    </message>
    <message>
        <source>The receipt SMS waits to be sent: %1</source>
        <translation>SMS tanda terima menunggu dikirim: %1</translation>
    </message>
</context>
<context>
    <name>aduan::gui::OfficeProfilePage</name>
    <message>
        <source>18 digits</source>
        <translation>18 digit</translation>
    </message>
    <message>
        <source>&amp;Government:</source>
        <translation>&amp;Pemerintah daerah:</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Kantor:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Alamat:</translation>
    </message>
    <message>
        <source>&amp;City (before dates):</source>
        <translation>K&amp;ota (sebelum tanggal):</translation>
    </message>
    <message>
        <source>Head&apos;s &amp;title:</source>
        <translation>&amp;Jabatan Kepala Dinas:</translation>
    </message>
    <message>
        <source>Head&apos;s &amp;name:</source>
        <translation>&amp;Nama Kepala Dinas:</translation>
    </message>
    <message>
        <source>Head&apos;s NI&amp;P:</source>
        <translation>NIP Kepala &amp;Dinas:</translation>
    </message>
    <message>
        <source>C&amp;hoose image…</source>
        <translation>Pi&amp;lih gambar…</translation>
    </message>
    <message>
        <source>Use the &amp;placeholder</source>
        <translation>Pakai gambar pen&amp;gganti</translation>
    </message>
    <message>
        <source>Emblem:</source>
        <translation>Lambang daerah:</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Kembal&amp;ikan</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>Si&amp;mpan profil</translation>
    </message>
    <message>
        <source>Office profile</source>
        <translation>Profil kantor</translation>
    </message>
    <message>
        <source>(placeholder)</source>
        <translation>(gambar pengganti)</translation>
    </message>
    <message>
        <source>Choose the emblem</source>
        <translation>Pilih lambang daerah</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Gambar (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>%1 could not be read as an image: %2</source>
        <translation>%1 tidak dapat dibaca sebagai gambar: %2</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Simpan profil</translation>
    </message>
    <message>
        <source>The office profile is saved.</source>
        <translation>Profil kantor sudah disimpan.</translation>
    </message>
</context>
<context>
    <name>aduan::gui::OfficerWorkspace</name>
    <message>
        <source>New complaint</source>
        <translation>Aduan baru</translation>
    </message>
    <message>
        <source>Convey result</source>
        <translation>Sampaikan hasil</translation>
    </message>
    <message>
        <source>Intake book</source>
        <translation>Buku Penerimaan Pengaduan</translation>
    </message>
    <message>
        <source>The Berita Acara of %1 is saved; the complaint is finished. Print it from here.</source>
        <translation>Berita Acara %1 sudah disimpan; aduan selesai. Cetak dari sini.</translation>
    </message>
    <message>
        <source>Convey result (%L1)</source>
        <translation>Sampaikan hasil (%L1)</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>Survei kepuasan</translation>
    </message>
    <message>
        <source>SMS inbox</source>
        <translation>SMS masuk</translation>
    </message>
    <message>
        <source>SMS inbox (%L1)</source>
        <translation>SMS masuk (%L1)</translation>
    </message>
</context>
<context>
    <name>aduan::gui::RecapPage</name>
    <message>
        <source>Whole year</source>
        <translation>Setahun penuh</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>Export &amp;CSV</source>
        <translation>Ekspor &amp;CSV</translation>
    </message>
    <message>
        <source>Save the recap&apos;s figures as a CSV file</source>
        <translation>Simpan angka rekapitulasi sebagai berkas CSV</translation>
    </message>
    <message>
        <source>Export &amp;XLSX</source>
        <translation>Ekspor &amp;XLSX</translation>
    </message>
    <message>
        <source>Save the period&apos;s complaints and the recap as an Excel workbook</source>
        <translation>Simpan aduan periode ini dan rekapitulasinya sebagai buku kerja Excel</translation>
    </message>
    <message>
        <source>&amp;Print / PDF</source>
        <translation>&amp;Cetak / PDF</translation>
    </message>
    <message>
        <source>Print preview of the recap, to paper or PDF</source>
        <translation>Pratinjau cetak rekapitulasi, ke kertas atau PDF</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Ringkasan</translation>
    </message>
    <message>
        <source>S&amp;teps and deviations</source>
        <translation>&amp;Langkah dan penyimpangan</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Grafik</translation>
    </message>
    <message>
        <source>Export the recap as CSV</source>
        <translation>Ekspor rekapitulasi sebagai CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the complaints and the recap as XLSX</source>
        <translation>Ekspor aduan dan rekapitulasi sebagai XLSX</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The recap could not be made: %1</source>
        <translation>Rekapitulasi tidak dapat dibuat: %1</translation>
    </message>
    <message>
        <source>The recap could not be made.</source>
        <translation>Rekapitulasi tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Tahun %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, beside %2 &amp;middot; figures as of %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, dibandingkan dengan %2 &amp;middot; angka per %3</translation>
    </message>
    <message>
        <source>Audit chain head: %1</source>
        <translation>Ujung rantai audit: %1</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Ekspor CSV</translation>
    </message>
    <message>
        <source>The recap is saved as %1.</source>
        <translation>Rekapitulasi sudah disimpan sebagai %1.</translation>
    </message>
    <message>
        <source>Export XLSX</source>
        <translation>Ekspor XLSX</translation>
    </message>
    <message>
        <source>%1 complaints and the recap are saved as %2.</source>
        <translation>%1 aduan dan rekapitulasinya sudah disimpan sebagai %2.</translation>
    </message>
    <message>
        <source>Making the recap of %1 …</source>
        <translation>Menyusun rekapitulasi %1 …</translation>
    </message>
</context>
<context>
    <name>aduan::gui::RecapStepsView</name>
    <message>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mutu baku</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Tepat waktu</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation>Persentase tepat waktu</translation>
    </message>
    <message>
        <source>Median time</source>
        <translation>Waktu median</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>Persentil ke-90</translation>
    </message>
    <message>
        <source>Steps completed in the period, their time in office working minutes (median and 90th percentile) against the SOP&apos;s target.</source>
        <translation>Langkah yang selesai dalam periode ini dan waktunya dalam menit kerja kantor (median dan persentil ke-90), dibandingkan dengan mutu baku SOP.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor Agenda</translation>
    </message>
    <message>
        <source>Time used</source>
        <translation>Waktu terpakai</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Completed by</source>
        <translation>Diselesaikan oleh</translation>
    </message>
    <message>
        <source>Completed
%1</source>
        <translation>Selesai
%1</translation>
    </message>
    <message>
        <source>On-time rate
%1</source>
        <translation>Tepat waktu
%1</translation>
    </message>
    <message>
        <source>Deviations</source>
        <translation>Penyimpangan</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Langkah %1</translation>
    </message>
    <message>
        <source>Step %1 · %2</source>
        <translation>Langkah %1 · %2</translation>
    </message>
    <message>
        <source>Deviations (penyimpangan) in %1: %2 · %3: %4</source>
        <translation>Penyimpangan pada %1: %2 · %3: %4</translation>
    </message>
    <message>
        <source>Late by %1</source>
        <translation>Terlambat %1</translation>
    </message>
</context>
<context>
    <name>aduan::gui::RecapSummaryView</name>
    <message>
        <source>Complaints</source>
        <translation>Aduan</translation>
    </message>
    <message>
        <source>Finished complaints</source>
        <translation>Aduan selesai</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi tujuan</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasifikasi</translation>
    </message>
    <message>
        <source>Received, completed, carried over</source>
        <translation>Diterima, selesai, dan dibawa ke periode berikutnya</translation>
    </message>
    <message>
        <source>Overall deadline compliance</source>
        <translation>Kepatuhan terhadap batas waktu penyelesaian</translation>
    </message>
    <message>
        <source>Referred to other agencies</source>
        <translation>Disalurkan ke instansi lain</translation>
    </message>
    <message>
        <source>Received by channel</source>
        <translation>Diterima menurut saluran</translation>
    </message>
    <message>
        <source>Registered, by status at the period&apos;s end</source>
        <translation>Terdaftar, menurut status pada akhir periode</translation>
    </message>
    <message>
        <source>Received by category</source>
        <translation>Diterima menurut kategori</translation>
    </message>
    <message>
        <source>Received by class</source>
        <translation>Diterima menurut klasifikasi</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Completed in the period</source>
        <translation>Selesai dalam periode</translation>
    </message>
    <message>
        <source>Carried in (open at the start)</source>
        <translation>Bawaan (berjalan pada awal periode)</translation>
    </message>
    <message>
        <source>Carried over (open at the end)</source>
        <translation>Dibawa ke periode berikutnya (berjalan pada akhir periode)</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Referred to another agency</source>
        <translation>Disalurkan ke instansi lain</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Kepatuhan</translation>
    </message>
    <message>
        <source>Share of the complaints finished in the period that were finished within their overall deadline</source>
        <translation>Bagian aduan yang selesai dalam periode ini dan diselesaikan dalam batas waktu penyelesaiannya</translation>
    </message>
    <message>
        <source>Within the deadline</source>
        <translation>Dalam batas waktu</translation>
    </message>
    <message>
        <source>Past the deadline</source>
        <translation>Melewati batas waktu</translation>
    </message>
    <message>
        <source>Open at the end, deadline passed</source>
        <translation>Berjalan pada akhir periode, batas waktu terlewati</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>Indirect (tidak langsung)</source>
        <translation>Tidak langsung</translation>
    </message>
    <message>
        <source>In person (langsung)</source>
        <translation>Langsung</translation>
    </message>
    <message>
        <source>(no class)</source>
        <translation>(tanpa klasifikasi)</translation>
    </message>
    <message>
        <source>%1 (%2 working days)</source>
        <translation>%1 (%2 hari kerja)</translation>
    </message>
    <message>
        <source>SKM value (grade)</source>
        <translation>Nilai SKM (mutu)</translation>
    </message>
    <message>
        <source>Survei Kepuasan Masyarakat (PermenPANRB 14/2017): the index times 25, on 25-100, and its grade A-D</source>
        <translation>Survei Kepuasan Masyarakat (PermenPANRB 14/2017): indeks dikali 25, pada skala 25-100, dan mutunya A-D</translation>
    </message>
    <message>
        <source>Satisfaction survey respondents</source>
        <translation>Responden survei kepuasan</translation>
    </message>
</context>
<context>
    <name>aduan::gui::RegisterPage</name>
    <message>
        <source>Search number, name, NIK, phone or words (Ctrl+F)</source>
        <translation>Cari nomor, nama, NIK, telepon, kata (Ctrl+F)</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>Semua bulan</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Semua saluran</translation>
    </message>
    <message>
        <source>Any step</source>
        <translation>Semua langkah</translation>
    </message>
    <message>
        <source>Step %1 · %2</source>
        <translation>Langkah %1 · %2</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atur ulang</translation>
    </message>
    <message>
        <source>Show every complaint</source>
        <translation>Tampilkan semua aduan</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Tahun:</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Bulan:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Salura&amp;n:</translation>
    </message>
    <message>
        <source>St&amp;ep:</source>
        <translation>Lan&amp;gkah:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Rincian</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Cetak</translation>
    </message>
    <message>
        <source>&amp;Report to the head</source>
        <translation>&amp;Lapor ke Kepala Dinas</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Semua tahun</translation>
    </message>
    <message numerus="yes">
        <source>%1 complaint(s)</source>
        <extracomment>The register&apos;s total; %1 is the number grouped the Indonesian way (&quot;1.250&quot;).</extracomment>
        <translation>
            <numerusform>%1 aduan</numerusform>
        </translation>
    </message>
    <message>
        <source>Report to the head</source>
        <translation>Lapor ke Kepala Dinas</translation>
    </message>
    <message>
        <source>%1 is reported to the head (Lapor ke Kepala Dinas).</source>
        <translation>%1 sudah dilaporkan kepada Kepala Dinas.</translation>
    </message>
    <message>
        <source>Lapor ke Kepala Dinas for the selected complaint: %1</source>
        <translation>Lapor ke Kepala Dinas untuk aduan yang dipilih: %1</translation>
    </message>
</context>
<context>
    <name>aduan::gui::ReportPanel</name>
    <message>
        <source>Description</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <source>Optional note for the head</source>
        <translation>Catatan untuk Kepala Dinas (boleh dikosongkan)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>C&amp;atatan:</translation>
    </message>
    <message>
        <source>&amp;Report to the head</source>
        <translation>&amp;Lapor ke Kepala Dinas</translation>
    </message>
    <message>
        <source>Report to the head</source>
        <translation>Lapor ke Kepala Dinas</translation>
    </message>
</context>
<context>
    <name>aduan::gui::ResultBanner</name>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>aduan::gui::SecretaryWorkspace</name>
    <message>
        <source>Inbox</source>
        <translation>Kotak masuk</translation>
    </message>
    <message>
        <source>Buku Penerimaan Pengaduan</source>
        <translation>Buku Penerimaan Pengaduan</translation>
    </message>
    <message>
        <source>Rekapitulasi</source>
        <translation>Rekapitulasi</translation>
    </message>
    <message>
        <source>Inbox (%L1)</source>
        <translation>Kotak masuk (%L1)</translation>
    </message>
    <message>
        <source>SKM report</source>
        <translation>Laporan SKM</translation>
    </message>
</context>
<context>
    <name>aduan::gui::SetupDialog</name>
    <message>
        <source>Aduan — Set up this PC</source>
        <translation>Aduan — Pengaturan PC ini</translation>
    </message>
    <message>
        <source>&amp;Open the office&apos;s existing database</source>
        <translation>&amp;Buka basis data kantor yang sudah ada</translation>
    </message>
    <message>
        <source>&amp;Create a new database</source>
        <translation>Buat basis data ba&amp;ru</translation>
    </message>
    <message>
        <source>Office profile</source>
        <translation>Profil kantor</translation>
    </message>
    <message>
        <source>18 digits</source>
        <translation>18 digit</translation>
    </message>
    <message>
        <source>&amp;Government:</source>
        <translation>&amp;Pemerintah daerah:</translation>
    </message>
    <message>
        <source>O&amp;ffice:</source>
        <translation>&amp;Kantor:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Alamat:</translation>
    </message>
    <message>
        <source>&amp;Head&apos;s name:</source>
        <translation>&amp;Nama Kepala Dinas:</translation>
    </message>
    <message>
        <source>Head&apos;s &amp;NIP:</source>
        <translation>N&amp;IP Kepala Dinas:</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>Administrator pertama</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nama pen&amp;gguna:</translation>
    </message>
    <message>
        <source>Full na&amp;me:</source>
        <translation>Nama &amp;lengkap:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Kata &amp;sandi:</translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation>Ulangi ka&amp;ta sandi:</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>Lan&amp;jut</translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation>Pilih berkas basis data.</translation>
    </message>
    <message>
        <source>Choose where the new database goes.</source>
        <translation>Pilih tempat menyimpan basis data baru.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type them again.</source>
        <translation>Kedua kata sandi tidak sama. Ketik ulang.</translation>
    </message>
    <message>
        <source>Choose the database this PC works on: the office&apos;s shared file (usually aduan.sqlite in a shared folder) or its database server (PostgreSQL), or a new one for a new office.</source>
        <translation>Pilih basis data yang dipakai PC ini: berkas bersama kantor (biasanya aduan.sqlite di folder bersama) atau server basis datanya (PostgreSQL), atau basis data baru untuk kantor baru.</translation>
    </message>
    <message>
        <source>Name the database server and the database on it.</source>
        <translation>Isi nama server basis data dan nama basis data di server itu.</translation>
    </message>
    <message>
        <source>Name the database server and the empty database on it.</source>
        <translation>Isi nama server basis data dan nama basis data kosong di server itu.</translation>
    </message>
</context>
<context>
    <name>aduan::gui::SkmChart</name>
    <message>
        <source>NRR per element</source>
        <translation>NRR per unsur</translation>
    </message>
    <message>
        <source>No answers in this period.</source>
        <translation>Tidak ada jawaban dalam periode ini.</translation>
    </message>
    <message>
        <source>IKM %1</source>
        <translation>IKM %1</translation>
    </message>
</context>
<context>
    <name>aduan::gui::SkmReportPage</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dari:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Sampai:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Tampilkan</translation>
    </message>
    <message>
        <source>Semester &amp;1</source>
        <translation>Semester &amp;1</translation>
    </message>
    <message>
        <source>Semester &amp;2</source>
        <translation>Semester &amp;2</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>Set&amp;ahun</translation>
    </message>
    <message>
        <source>Questionnaire version: each version&apos;s answers are counted on their own.</source>
        <translation>Versi kuesioner: jawaban setiap versi dihitung terpisah.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>E&amp;xport XLSX…</source>
        <translation>Ekspor &amp;XLSX…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Unsur</translation>
    </message>
    <message>
        <source>NRR</source>
        <translation>NRR</translation>
    </message>
    <message>
        <source>Weighted NRR</source>
        <translation>NRR tertimbang</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Mutu</translation>
    </message>
    <message>
        <source>Print SKM report</source>
        <translation>Cetak laporan SKM</translation>
    </message>
    <message>
        <source>SKM report</source>
        <translation>Laporan SKM</translation>
    </message>
    <message>
        <source>The period ends before it starts: choose a last day on or after the first.</source>
        <translation>Periode berakhir sebelum dimulai: pilih hari terakhir yang sama dengan atau sesudah hari pertama.</translation>
    </message>
    <message>
        <source>%1: %2 complaints had their result conveyed; the regulation&apos;s sample for them is %3. Respondents: %4%5. Declined: %6.</source>
        <translation>%1: hasil %2 aduan sudah disampaikan; sampel menurut peraturan untuk jumlah itu %3. Responden: %4%5. Menolak: %6.</translation>
    </message>
    <message>
        <source> (fewer than the sample)</source>
        <translation> (kurang dari sampel)</translation>
    </message>
    <message>
        <source>Version %1 (%2 respondents)</source>
        <translation>Versi %1 (%2 responden)</translation>
    </message>
    <message>
        <source>No answers in this period.</source>
        <translation>Tidak ada jawaban dalam periode ini.</translation>
    </message>
    <message>
        <source>SKM value %1 — grade %2 (%3); IKM %4. Weakest: %5.</source>
        <translation>Nilai SKM %1 — mutu %2 (%3); IKM %4. Terlemah: %5.</translation>
    </message>
    <message>
        <source>Export SKM report</source>
        <translation>Ekspor laporan SKM</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The SKM report was written to %1.</source>
        <translation>Laporan SKM sudah disimpan di %1.</translation>
    </message>
</context>
<context>
    <name>aduan::gui::SmsInboxPage</name>
    <message>
        <source>Complaints that came by SMS or from the website wait here. Make each one a complaint, or set it aside with the reason.</source>
        <translation>Aduan yang masuk lewat SMS atau situs web menunggu di sini. Jadikan masing-masing aduan, atau sisihkan dengan alasannya.</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Pengirim</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>No message is waiting.</source>
        <translation>Tidak ada pesan yang menunggu.</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Impor CSV…</translation>
    </message>
    <message>
        <source>Import a website or Google Form export (CSV)</source>
        <translation>Impor data dari situs web atau Google Form (CSV)</translation>
    </message>
    <message>
        <source>&amp;Not a complaint…</source>
        <translation>&amp;Bukan aduan…</translation>
    </message>
    <message>
        <source>Set the message aside with the reason (Delete)</source>
        <translation>Sisihkan pesan dengan alasannya (Delete)</translation>
    </message>
    <message>
        <source>&amp;Make complaint</source>
        <translation>&amp;Jadikan aduan</translation>
    </message>
    <message>
        <source>Open the complaint form filled in from the message (Enter)</source>
        <translation>Buka Formulir Aduan yang terisi dari pesan (Enter)</translation>
    </message>
    <message>
        <source>SMS inbox</source>
        <translation>SMS masuk</translation>
    </message>
    <message>
        <source>Make complaint</source>
        <translation>Jadikan aduan</translation>
    </message>
    <message>
        <source>This message was handled meanwhile (perhaps on another PC).</source>
        <translation>Pesan ini baru saja ditangani (mungkin di PC lain).</translation>
    </message>
    <message>
        <source>Not a complaint</source>
        <translation>Bukan aduan</translation>
    </message>
    <message>
        <source>Why is this message not a complaint (e.g. a question answered by telephone, spam)? The reason is kept in the history.</source>
        <translation>Mengapa pesan ini bukan aduan (misalnya pertanyaan yang dijawab lewat telepon, spam)? Alasannya disimpan dalam riwayat.</translation>
    </message>
    <message>
        <source>The message was set aside.</source>
        <translation>Pesan sudah disisihkan.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) that the SMS daemon had not handed over were taken in.</source>
        <translation>
            <numerusform>%n pesan yang belum diserahkan layanan SMS telah diambil.</numerusform>
        </translation>
    </message>
    <message>
        <source>The SMS daemon could not be read: %1</source>
        <translation>Layanan SMS tidak dapat dibaca: %1</translation>
    </message>
</context>
<context>
    <name>aduan::gui::SopEvaluationPage</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dari:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Sampai:</translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation>&amp;Evaluasi</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mutu baku</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Tepat waktu</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>Persentil ke-90</translation>
    </message>
    <message>
        <source>Deviations by reason</source>
        <translation>Penyimpangan menurut alasan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Aduan</translation>
    </message>
    <message>
        <source>SOP evaluation</source>
        <translation>Evaluasi SOP</translation>
    </message>
    <message>
        <source>No step ran late in this period.</source>
        <translation>Tidak ada langkah yang terlambat dalam periode ini.</translation>
    </message>
    <message>
        <source>Steps late most often: %1</source>
        <translation>Langkah yang paling sering terlambat: %1</translation>
    </message>
</context>
<context>
    <name>aduan::gui::SopPage</name>
    <message>
        <source>Re&amp;vision:</source>
        <translation>Re&amp;visi:</translation>
    </message>
    <message>
        <source>&amp;New revision from this one</source>
        <translation>Revisi &amp;baru dari yang ini</translation>
    </message>
    <message>
        <source>&amp;Save revision</source>
        <translation>&amp;Simpan revisi</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>Ba&amp;talkan</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Kantor:</translation>
    </message>
    <message>
        <source>SOP n&amp;umber:</source>
        <translation>N&amp;omor SOP:</translation>
    </message>
    <message>
        <source>SOP &amp;name:</source>
        <translation>&amp;Nama SOP:</translation>
    </message>
    <message>
        <source>&amp;Created on:</source>
        <translation>Tanggal &amp;pembuatan:</translation>
    </message>
    <message>
        <source>&amp;Revised on:</source>
        <translation>Tanggal &amp;revisi:</translation>
    </message>
    <message>
        <source>&amp;Approved on:</source>
        <translation>Tanggal pen&amp;gesahan:</translation>
    </message>
    <message>
        <source>&amp;Effective from:</source>
        <translation>Tanggal &amp;efektif:</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Disahkan oleh</translation>
    </message>
    <message>
        <source>18 digits</source>
        <translation>18 digit</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Jabatan:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;ma:</translation>
    </message>
    <message>
        <source>N&amp;IP:</source>
        <translation>N&amp;IP:</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Identitas</translation>
    </message>
    <message>
        <source>Legal basis (one per line)</source>
        <translation>Dasar hukum (satu per baris)</translation>
    </message>
    <message>
        <source>Qualifications of the staff</source>
        <translation>Kualifikasi pelaksana</translation>
    </message>
    <message>
        <source>Related SOPs</source>
        <translation>SOP terkait</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Peralatan/perlengkapan</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Recording and data</source>
        <translation>Pencatatan dan pendataan</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Daftar</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Pelaksana</translation>
    </message>
    <message>
        <source>Requirements (; between)</source>
        <translation>Persyaratan (dipisah ;)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Menit</translation>
    </message>
    <message>
        <source>Outputs (; between)</source>
        <translation>Output (dipisah ;)</translation>
    </message>
    <message>
        <source>A requirement of a later step names an output of an earlier step; only the first step takes what the complainant brings. The revision applies to complaints registered from its effective date; earlier complaints keep theirs.</source>
        <translation>Persyaratan suatu langkah menyebut output langkah sebelumnya; hanya langkah pertama yang menerima bawaan pengadu. Revisi berlaku bagi aduan yang diagendakan sejak tanggal efektifnya; aduan sebelumnya tetap memakai revisinya sendiri.</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Prosedur</translation>
    </message>
    <message>
        <source>SOP</source>
        <translation>SOP</translation>
    </message>
    <message>
        <source>%1 · from %2 (in force)</source>
        <translation>%1 · mulai %2 (berlaku)</translation>
    </message>
    <message>
        <source>%1 · from %2</source>
        <translation>%1 · mulai %2</translation>
    </message>
    <message>
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message numerus="yes">
        <source>Total time: %n working minute(s)</source>
        <translation>
            <numerusform>Jumlah waktu: %n menit kerja</numerusform>
        </translation>
    </message>
    <message>
        <source>New revision copied from revision %1: change it, then save.</source>
        <translation>Revisi baru disalin dari revisi %1: ubah, lalu simpan.</translation>
    </message>
    <message>
        <source>Save revision</source>
        <translation>Simpan revisi</translation>
    </message>
    <message>
        <source>The revision was not saved:</source>
        <translation>Revisi tidak disimpan:</translation>
    </message>
    <message>
        <source>The revision is saved; it applies to complaints registered from %1.</source>
        <translation>Revisi sudah disimpan; berlaku bagi aduan yang diagendakan mulai %1.</translation>
    </message>
</context>
<context>
    <name>aduan::gui::Startup</name>
    <message>
        <source>Aduan — Database</source>
        <translation>Aduan — Basis data</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Coba lagi</translation>
    </message>
    <message>
        <source>&amp;Choose another database…</source>
        <translation>&amp;Pilih basis data lain…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>Aduan</source>
        <translation>Aduan</translation>
    </message>
    <message>
        <source>Making today&apos;s backup…</source>
        <translation>Membuat cadangan hari ini…</translation>
    </message>
    <message>
        <source>No backup today: %1</source>
        <translation>Tidak ada cadangan hari ini: %1</translation>
    </message>
    <message>
        <source>Updating the database %1 for this version of Aduan…
This happens once and can take a minute for a large database. Please wait; do not close Aduan. Other PCs wait until it is done.</source>
        <translation>Memperbarui basis data %1 untuk versi Aduan ini…
Ini hanya sekali dan bisa memakan waktu sampai satu menit untuk basis data yang besar. Mohon tunggu; jangan tutup Aduan. PC lain menunggu sampai selesai.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Basis data: %1</translation>
    </message>
</context>
<context>
    <name>aduan::gui::StepTitle</name>
    <message>
        <source>Step %1 · %2</source>
        <translation>Langkah %1 · %2</translation>
    </message>
</context>
<context>
    <name>aduan::gui::SurveyPage</name>
    <message>
        <source>Result conveyed, survey &amp;open:</source>
        <translation>Hasil disampaikan, survei &amp;belum diisi:</translation>
    </message>
    <message>
        <source>At the desk, after the result was conveyed</source>
        <translation>Di meja layanan, setelah hasil disampaikan</translation>
    </message>
    <message>
        <source>From a returned paper questionnaire</source>
        <translation>Dari kuesioner kertas yang dikembalikan</translation>
    </message>
    <message>
        <source>&amp;Answered:</source>
        <translation>&amp;Diisi:</translation>
    </message>
    <message>
        <source>&amp;Print blank questionnaire</source>
        <translation>&amp;Cetak kuesioner kosong</translation>
    </message>
    <message>
        <source>The paper questionnaire with the complaint&apos;s number (Ctrl+P).</source>
        <translation>Kuesioner kertas dengan Nomor Agenda aduan (Ctrl+P).</translation>
    </message>
    <message>
        <source>Complainant &amp;declined</source>
        <translation>Pengadu me&amp;nolak</translation>
    </message>
    <message>
        <source>Record that the complainant did not want to answer.</source>
        <translation>Catat bahwa pengadu tidak bersedia menjawab.</translation>
    </message>
    <message>
        <source>&amp;Save answers</source>
        <translation>&amp;Simpan jawaban</translation>
    </message>
    <message>
        <source>Save the answers without the complainant&apos;s name (Ctrl+S).</source>
        <translation>Simpan jawaban tanpa nama pengadu (Ctrl+S).</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>Survei kepuasan</translation>
    </message>
    <message>
        <source>Opinion on the service (1-4)</source>
        <translation>Pendapat tentang pelayanan (1-4)</translation>
    </message>
    <message>
        <source>Respondent (no name)</source>
        <translation>Responden (tanpa nama)</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(tidak dijawab)</translation>
    </message>
    <message>
        <source>A&amp;ge:</source>
        <translation>&amp;Umur:</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>&amp;Jenis kelamin:</translation>
    </message>
    <message>
        <source>Ed&amp;ucation:</source>
        <translation>&amp;Pendidikan:</translation>
    </message>
    <message>
        <source>Occupa&amp;tion:</source>
        <translation>P&amp;ekerjaan:</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Satisfaction survey of complaint %1. Ask each question and choose the answer given; the answers are saved without the complainant&apos;s name.</source>
        <translation>Survei kepuasan aduan %1. Ajukan setiap pertanyaan dan pilih jawaban yang diberikan; jawaban disimpan tanpa nama pengadu.</translation>
    </message>
    <message>
        <source>No complaint is waiting for its satisfaction survey.</source>
        <translation>Tidak ada aduan yang menunggu survei kepuasan.</translation>
    </message>
    <message>
        <source>Save answers</source>
        <translation>Simpan jawaban</translation>
    </message>
    <message>
        <source>The survey of %1 is saved, without the complainant&apos;s name.</source>
        <translation>Survei %1 sudah disimpan, tanpa nama pengadu.</translation>
    </message>
    <message>
        <source>Complainant declined</source>
        <translation>Pengadu menolak</translation>
    </message>
    <message>
        <source>Recorded that the complainant of %1 declined the survey.</source>
        <translation>Sudah dicatat bahwa pengadu %1 menolak mengisi survei.</translation>
    </message>
    <message>
        <source>Print blank questionnaire</source>
        <translation>Cetak kuesioner kosong</translation>
    </message>
</context>
<context>
    <name>aduan::gui::TeamWorkspace</name>
    <message>
        <source>Decisions</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Intake book</source>
        <translation>Buku Penerimaan Pengaduan</translation>
    </message>
    <message>
        <source>Decisions (%L1)</source>
        <translation>Keputusan (%L1)</translation>
    </message>
</context>
<context>
    <name>aduan::gui::UsersPage</name>
    <message>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Sees confidential</source>
        <translation>Melihat yang rahasia</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>18 digits, empty for non-civil-servants</source>
        <translation>18 digit, kosongkan untuk non-ASN</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nama &amp;lengkap:</translation>
    </message>
    <message>
        <source>&amp;NIP:</source>
        <translation>NI&amp;P:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Peran:</translation>
    </message>
    <message>
        <source>&amp;Active (may log in)</source>
        <translation>&amp;Aktif (boleh masuk)</translation>
    </message>
    <message>
        <source>May see &amp;confidential identities</source>
        <translation>Boleh melihat identitas yang di&amp;rahasiakan</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Ulangi kata &amp;sandi:</translation>
    </message>
    <message>
        <source>&amp;New user</source>
        <translation>Pengguna &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Si&amp;mpan</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>Atur &amp;ulang kata sandi…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>Save user</source>
        <translation>Simpan pengguna</translation>
    </message>
    <message>
        <source>The two passwords differ. Type them again.</source>
        <translation>Kedua kata sandi tidak sama. Ketik ulang.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Atur ulang kata sandi</translation>
    </message>
    <message>
        <source>New password for %1 (at least 8 characters):</source>
        <translation>Kata sandi baru untuk %1 (minimal 8 karakter):</translation>
    </message>
    <message>
        <source>The same password again:</source>
        <translation>Ulangi kata sandi yang sama:</translation>
    </message>
    <message>
        <source>The two passwords differ. Nothing was changed.</source>
        <translation>Kedua kata sandi tidak sama. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The password of %1 is reset.</source>
        <translation>Kata sandi %1 sudah diatur ulang.</translation>
    </message>
    <message>
        <source>&amp;Database account…</source>
        <translation>Akun basis &amp;data…</translation>
    </message>
    <message>
        <source>Gives this person a login of their own on the database server: the server then checks the password and enforces the person&apos;s roles and rights itself.</source>
        <translation>Memberi orang ini akun masuk sendiri di server basis data: server lalu memeriksa kata sandi dan menerapkan sendiri peran serta hak orang itu.</translation>
    </message>
    <message>
        <source>Database account</source>
        <translation>Akun basis data</translation>
    </message>
    <message>
        <source>Password of %1 on the database server (at least 8 characters):</source>
        <translation>Kata sandi %1 di server basis data (paling sedikit 8 karakter):</translation>
    </message>
    <message>
        <source>%1 may now connect to the database server as %2 with this password.</source>
        <translation>%1 sekarang dapat tersambung ke server basis data sebagai %2 dengan kata sandi ini.</translation>
    </message>
</context>
<context>
    <name>aduan::gui::Workspace</name>
    <message>
        <source>Plh. Kepala Dinas</source>
        <translation>Plh. Kepala Dinas</translation>
    </message>
</context>
<context>
    <name>aduan::gui::attachmentfiles</name>
    <message>
        <source>The file %1 is not an image or a PDF document, so it is not opened. Use &quot;Save a copy…&quot; to look at it with care.</source>
        <translation>Berkas %1 bukan gambar atau dokumen PDF, jadi tidak dibuka. Gunakan &quot;Simpan salinan…&quot; untuk memeriksanya dengan hati-hati.</translation>
    </message>
    <message>
        <source>No temporary folder could be made for the copy: %1</source>
        <translation>Folder sementara untuk salinan tidak dapat dibuat: %1</translation>
    </message>
    <message>
        <source>The copy %1 could not be written: %2</source>
        <translation>Salinan %1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Buka lampiran</translation>
    </message>
    <message>
        <source>No program on this PC opens %1. Use &quot;Save a copy…&quot; and open the copy.</source>
        <translation>Tidak ada program di PC ini yang dapat membuka %1. Gunakan &quot;Simpan salinan…&quot;, lalu buka salinannya.</translation>
    </message>
</context>
<context>
    <name>aduan::gui::feedback</name>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Terjadi kesalahan: %1</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Terjadi kesalahan.</translation>
    </message>
    <message>
        <source>Reason for the deviation</source>
        <translation>Alasan penyimpangan</translation>
    </message>
    <message>
        <source>The step is late: it can only be completed with a reason.</source>
        <translation>Langkah ini terlambat: hanya dapat diselesaikan dengan alasan.</translation>
    </message>
</context>
<context>
    <name>aduan::gui::printing</name>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>F4 (215 × 330 mm)</source>
        <translation>F4 (215 × 330 mm)</translation>
    </message>
    <message>
        <source>The paper this document is laid out and printed on; this PC remembers it</source>
        <translation>Kertas tempat dokumen ini ditata dan dicetak; PC ini mengingatnya</translation>
    </message>
    <message>
        <source>&amp;Paper: </source>
        <translation>&amp;Kertas: </translation>
    </message>
</context>
<context>
    <name>aduan::gui::stepclockstyle</name>
    <message>
        <source>On hold</source>
        <translation>Ditunda</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Sisa %1</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>Terlambat %1</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Tepat waktu</translation>
    </message>
    <message>
        <source>Almost due</source>
        <translation>Hampir habis</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
</context>
<context>
    <name>aduan::gui::writeguard</name>
    <message>
        <source>Read-only: nothing can be saved. %1</source>
        <translation>Hanya-baca: tidak ada yang dapat disimpan. %1</translation>
    </message>
</context>
</TS>
