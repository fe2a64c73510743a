// The sample picture beside the framing rules: a drawn half-body figure, face clear, centred in front of the curtain
// (or a plain background for the app check), so the rules have a picture to match. Drawn, not a real person.
import { useTranslation } from 'react-i18next';

export function SamplePhoto({ curtain }: { curtain: boolean }) {
  const { t } = useTranslation();
  return (
    <svg className="sample-photo" role="img" aria-label={t('photoCapture.guide.sampleLabel')} viewBox="0 0 240 300">
      <rect width="240" height="300" fill={curtain ? '#f4f6fa' : '#eef1f4'} />
      {curtain ? (
        <>
          <rect x="16" y="14" width="208" height="272" rx="4" fill="#fff" stroke="#c9d1dc" />
          <text x="120" y="46" textAnchor="middle" fontSize="20" fontWeight="700" fill="#1f4e8c">
            {t('photoCapture.guide.sampleCurtain')}
          </text>
          <text x="120" y="68" textAnchor="middle" fontSize="11" fill="#1f4e8c" letterSpacing="2">
            ICP
          </text>
        </>
      ) : null}
      {/* Shoulders and body, cut at the chest: a half-body photo. */}
      <path d="M40 300 C44 236 80 214 120 214 C160 214 196 236 200 300 Z" fill="#5b6b82" />
      <rect x="106" y="188" width="28" height="32" rx="8" fill="#e9c6a5" />
      <ellipse cx="120" cy="150" rx="42" ry="50" fill="#f1d2b4" />
      <path d="M78 140 C78 100 162 100 162 140 C156 118 86 118 78 140 Z" fill="#3a3a3a" />
      <ellipse cx="104" cy="150" rx="5" ry="6" fill="#333" />
      <ellipse cx="136" cy="150" rx="5" ry="6" fill="#333" />
      <path d="M108 178 Q120 186 132 178" stroke="#a0522d" strokeWidth="3" fill="none" strokeLinecap="round" />
    </svg>
  );
}
