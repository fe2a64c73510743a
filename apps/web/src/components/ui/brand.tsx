// The product mark and name; the mark is decoration, the name is the text.
export function Brand({ name }: { name: string }) {
  return (
    <span className="brand">
      <svg className="brand__mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M12 2 3 5.5v6.1c0 5.2 3.8 9.4 9 10.4 5.2-1 9-5.2 9-10.4V5.5L12 2Z" fill="currentColor" />
        <path
          d="m8 12.2 2.8 2.8L16.5 9.3"
          fill="none"
          stroke="#fff"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      <span className="brand__name">{name}</span>
    </span>
  );
}
