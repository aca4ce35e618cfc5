/** The gallery's texts, resolved on the server (functions cannot cross into client components). */
export type GalleryLabels = {
  gallery: string;
  zoom: string;
  close: string;
  previous: string;
  next: string;
  /** One per photo: "Fotoğraf 2 / 5". */
  photo: string[];
  /** One per photo: "2. fotoğrafı göster". */
  showPhoto: string[];
};
