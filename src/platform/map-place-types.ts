/** A place to show on a map (src/platform/map-place*.ts). Coordinates are GCJ-02, as WeChat's. */
export interface MapPlace {
  lat: number
  lng: number
  /** what the map page shows as the place's name */
  name: string
}
