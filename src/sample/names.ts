/**
 * Made-up Indonesian names for synthetic children and educators. Given names and family-style
 * second names are combined at random, so no sample child is a real person.
 */
export const GIVEN_NAMES = [
  "Ayu", "Bima", "Citra", "Dimas", "Eka", "Fajar", "Gita", "Hana", "Intan", "Joko", "Kirana", "Laras",
  "Mega", "Nanda", "Oka", "Putri", "Raka", "Sekar", "Tirta", "Umi", "Wulan", "Yoga", "Zahra", "Arya",
  "Bunga", "Cahya", "Dewi", "Elang", "Fitri", "Galih", "Hafiz", "Indah", "Jihan", "Kevin", "Lintang",
  "Melati", "Naufal", "Nayla", "Raisa", "Rizky", "Salsa", "Satria", "Tiara", "Wahyu", "Yusuf", "Alya",
  "Bagas", "Dinda", "Farah", "Gilang", "Kayla", "Keisha", "Nabila", "Pandu", "Ratih", "Surya", "Tegar",
] as const;

export const SECOND_NAMES = [
  "Pratama", "Lestari", "Wijaya", "Saputra", "Anggraini", "Permata", "Nugroho", "Kusuma", "Ramadhan",
  "Puspita", "Hidayat", "Maharani", "Setiawan", "Wulandari", "Firmansyah", "Safitri", "Purnama",
  "Rahmawati", "Gunawan", "Handayani", "Santoso", "Utami", "Siregar", "Nasution", "Simanjuntak",
  "Tanjung", "Manurung", "Pardede", "Wibisono", "Hasibuan", "Damanik", "Sihombing", "Lubis", "Harahap",
] as const;

export const EDUCATOR_NAMES = [
  "Bu Sari", "Bu Rina", "Bu Dewi", "Pak Andi", "Bu Nur", "Bu Wati", "Bu Lina", "Bu Yanti", "Pak Hendra",
  "Bu Tuti", "Bu Ani", "Bu Maya", "Bu Fitri", "Bu Ratna", "Pak Budi", "Bu Eni",
] as const;
