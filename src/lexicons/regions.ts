// World regions as Vietnamese news names them, sorted by canonical name. The canonical name is
// written the way the press writes it mid-sentence: "châu Âu" with a lower-case "châu" (a
// capitalised "Châu Âu" at a sentence start or in a heading is matched too).
// Vietnam's own regions (Tây Nguyên, Tây Bắc, Nam Bộ, Đồng bằng sông Cửu Long…) are not here:
// see vietnam-places.ts.

export interface Region {
  readonly name: string;
  readonly aliases: readonly string[];
}

export const REGIONS: readonly Region[] = [
  { name: "Baltic", aliases: ["vùng Baltic", "Ban-tích"] },
  { name: "Balkan", aliases: ["bán đảo Balkan", "Ban-căng"] },
  { name: "Bắc Á", aliases: [] },
  { name: "Bắc Âu", aliases: ["Scandinavia"] },
  { name: "Bắc Cực", aliases: [] },
  { name: "Bắc Mỹ", aliases: [] },
  { name: "Bắc Phi", aliases: [] },
  { name: "Caribe", aliases: ["Ca-ri-bê", "Caribê", "Caribbean", "Caribean"] },
  { name: "Cận Đông", aliases: [] },
  { name: "châu Á", aliases: ["Á châu"] },
  { name: "châu Á - Thái Bình Dương", aliases: ["châu Á-Thái Bình Dương", "châu Á – Thái Bình Dương", "Á - Thái Bình Dương"] },
  { name: "châu Âu", aliases: ["Âu châu"] },
  { name: "châu Đại Dương", aliases: [] },
  { name: "châu Mỹ", aliases: [] },
  { name: "châu Phi", aliases: ["Phi châu"] },
  { name: "Đông Á", aliases: [] },
  { name: "Đông Âu", aliases: [] },
  { name: "Đông Bắc Á", aliases: [] },
  { name: "Đông Nam Á", aliases: ["Đông - Nam Á", "Đông-Nam Á"] },
  { name: "Đông Phi", aliases: [] },
  { name: "Kavkaz", aliases: ["Caucasus", "Cáp-ca-dơ"] },
  { name: "Mỹ Latinh", aliases: ["Mỹ La-tinh", "Mỹ La tinh", "Mỹ latinh", "châu Mỹ Latinh", "Mỹ Latin"] },
  { name: "Nam Á", aliases: [] },
  { name: "Nam Âu", aliases: [] },
  { name: "Nam Cực", aliases: ["châu Nam Cực"] },
  { name: "Nam Mỹ", aliases: [] },
  { name: "Nam Thái Bình Dương", aliases: [] },
  { name: "Tây Á", aliases: [] },
  { name: "Tây Âu", aliases: [] },
  { name: "Tây Nam Á", aliases: [] },
  { name: "Tây Phi", aliases: [] },
  { name: "Trung Á", aliases: [] },
  { name: "Trung Âu", aliases: [] },
  { name: "Trung Đông", aliases: ["Trung Cận Đông"] },
  { name: "Trung Đông - Bắc Phi", aliases: ["Trung Đông – Bắc Phi", "Trung Đông và Bắc Phi"] },
  { name: "Trung Đông Âu", aliases: ["Trung và Đông Âu", "Trung - Đông Âu"] },
  { name: "Trung Mỹ", aliases: [] },
  { name: "Trung Phi", aliases: [] },
  { name: "Viễn Đông", aliases: [] },
  { name: "Vùng Vịnh", aliases: ["vùng Vịnh", "Vịnh Ba Tư"] },
  { name: "Ấn Độ Dương - Thái Bình Dương", aliases: ["Ấn Độ - Thái Bình Dương", "Ấn Độ Dương – Thái Bình Dương", "Ấn Độ – Thái Bình Dương", "Indo-Pacific"] },
];

/**
 * Names that contain a partner's name but are not partners: oceans and seas ("Ấn Độ Dương" is
 * not India, "biển Nhật Bản" is not Japan). Matched so that the shorter name inside does not fire,
 * then dropped.
 */
export const NOT_REGIONS: readonly string[] = [
  "Bắc Băng Dương",
  "Biển Đông",
  "biển Hoa Đông",
  "biển Nhật Bản",
  "Đại Tây Dương",
  "Ấn Độ Dương",
  "Thái Bình Dương",
];
