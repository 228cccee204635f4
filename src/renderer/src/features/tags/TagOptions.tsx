import type { TagView } from '../../../../shared/model';

/** Every tag as an option of a select, by path; `suffix` follows each path ("and inside"). */
export function TagOptions({ tags, suffix = '' }: { tags: readonly TagView[]; suffix?: string }) {
  return (
    <>
      {tags.map((tag) => (
        <option key={tag.id} value={tag.id}>
          {tag.path}
          {suffix}
        </option>
      ))}
    </>
  );
}
