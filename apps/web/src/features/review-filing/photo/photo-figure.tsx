// One image of the photo comparison, captioned. A PDF material is not drawn here: the materials viewer below,
// with its zoom, shows it (and every image at full size).

type PhotoFigureProps = { url: string; label: string; contentType: string; notImage: string; main?: boolean };

export function PhotoFigure({ url, label, contentType, notImage, main = false }: PhotoFigureProps) {
  const className = ['photo-review__figure', main ? 'photo-review__figure--main' : undefined].filter(Boolean).join(' ');
  return (
    <figure className={className}>
      {contentType.startsWith('image/') ? (
        <img className="photo-review__image" src={url} alt={label} />
      ) : (
        <p className="photo-review__not-image">{notImage}</p>
      )}
      <figcaption className="photo-review__caption">{label}</figcaption>
    </figure>
  );
}
