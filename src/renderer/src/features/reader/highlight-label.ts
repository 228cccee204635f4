import type { PlacedPassage, TagView } from '../../../../shared/model';

/** A passage's tags by path, for what a screen reader says of its highlight. */
export function passageTagPaths(passage: Pick<PlacedPassage, 'tagIds'> | undefined, tagsById: ReadonlyMap<string, TagView>): string[] {
  return (passage?.tagIds ?? []).flatMap((id) => {
    const tag = tagsById.get(id);
    return tag ? [tag.path] : [];
  });
}

/** "highlight: actors/Kerry, themes/ceasefire" for the passages under one mark (each tag once), "highlight" when none has a tag. */
export function highlightLabel(tagPaths: readonly (readonly string[])[]): string {
  const paths = [...new Set(tagPaths.flat())];
  return paths.length > 0 ? `highlight: ${paths.join(', ')}` : 'highlight';
}
