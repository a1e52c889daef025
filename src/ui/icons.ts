import type Phaser from 'phaser';

/** The texture key of the icon for a move type or a world event. */
export const iconKey = (id: string): string => `icon:${id}`;

/** The icon's file name, as `iconArt.ts` lists it: `…/moves/<id>.svg` or `…/events/<id>.svg`. */
const idOf = (path: string): string => path.replace(/^.*\//, '').replace(/\.svg$/, '');

let loading: Promise<void> | null = null;

/**
 * Adds every icon to the game's textures, once: the SVGs arrive as a chunk of their own after the
 * title's first frame, and each is drawn at 48 px (twice its size on a card, for sharp edges) as
 * white on transparent, so a widget tints it with the palette. Widgets that show an icon draw it
 * when its texture arrives (`whenIcon`).
 */
export function loadIcons(textures: Phaser.Textures.TextureManager): Promise<void> {
  loading ??= import('./iconArt').then(async ({ ICON_SVG }) => {
    await Promise.all(
      Object.entries(ICON_SVG).map(async ([path, svg]) => {
        const key = iconKey(idOf(path));
        if (textures.exists(key)) return;
        const image = new Image(48, 48);
        image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
        await image.decode();
        if (!textures.exists(key)) textures.addImage(key, image);
      }),
    );
  });
  return loading;
}

/**
 * Calls `draw` now if the icon for `id` has arrived, else once when it does (and not at all if
 * `owner` is destroyed first).
 */
export function whenIcon(owner: Phaser.GameObjects.GameObject, id: string, draw: () => void): void {
  const textures = owner.scene.sys.textures;
  const key = iconKey(id);
  if (textures.exists(key)) {
    draw();
    return;
  }
  const event = `addtexture-${key}`;
  const onAdd = () => {
    if (owner.scene) draw();
  };
  textures.once(event, onAdd);
  owner.once('destroy', () => textures.off(event, onAdd));
}
