// The one route registry: every address the SPA answers, who may open it, and what renders it.
import type { Role } from '@beian/contracts';
import type { ReactElement } from 'react';
import type { RouteObject } from 'react-router';
import { AppRoot } from './app-root.tsx';
import { HomeRedirect } from './guards/home-redirect.tsx';
import { RequireRole } from './guards/require-role.tsx';
import { PublicLayout } from './layouts/public-layout.tsx';
import { AdminLayout, ApplicantLayout, OperatorLayout, ReviewerLayout } from './layouts/role-layouts.tsx';
import { lazyPage, MessagesFor } from './lazy-page.ts';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { RouteErrorPage } from './pages/route-error-page.tsx';

// Every page is its own chunk (lazy-page.ts); the frame around them (root, layouts, guards) ships with the app.
// The sign-in area's pages need only the core messages; an applicant's pages and the public pages opened from a
// filing (the legal texts, the phone pages) the consoles' words too; the staff's pages every message
// (i18n/message-parts.test.ts checks that each page's code uses no message outside what it waits for).
const CORE = { messages: 'core' } as const;
const CONSOLE = { messages: 'console' } as const;
const AccountPage = lazyPage(() => import('../features/account/account-page.tsx'), 'AccountPage', CONSOLE);
const AccountRedirect = lazyPage(() => import('../features/account/account-redirect.tsx'), 'AccountRedirect', CONSOLE);
const AuditLogPage = lazyPage(() => import('../features/admin-audit-log/audit-log-page.tsx'), 'AuditLogPage');
const CalendarPage = lazyPage(() => import('../features/admin-calendar/calendar-page.tsx'), 'CalendarPage');
const AdminOverviewPage = lazyPage(
  () => import('../features/admin-console/admin-overview-page.tsx'),
  'AdminOverviewPage',
);
const AdminCurtainsPage = lazyPage(
  () => import('../features/admin-curtains/admin-curtains-page.tsx'),
  'AdminCurtainsPage',
);
const PhotoPointNewPage = lazyPage(
  () => import('../features/admin-photo-points/photo-point-new-page.tsx'),
  'PhotoPointNewPage',
);
const PhotoPointPage = lazyPage(() => import('../features/admin-photo-points/photo-point-page.tsx'), 'PhotoPointPage');
const PhotoPointsPage = lazyPage(
  () => import('../features/admin-photo-points/photo-points-page.tsx'),
  'PhotoPointsPage',
);
const ReviewAssignmentsPage = lazyPage(
  () => import('../features/admin-review-assignments/review-assignments-page.tsx'),
  'ReviewAssignmentsPage',
);
const RulesPage = lazyPage(() => import('../features/admin-rules/rules-page.tsx'), 'RulesPage');
const SimulatorPage = lazyPage(() => import('../features/admin-simulator/simulator-page.tsx'), 'SimulatorPage');
const AdminUsersPage = lazyPage(() => import('../features/admin-users/admin-users-page.tsx'), 'AdminUsersPage');
const AppCheckPage = lazyPage(() => import('../features/app-check/app-check-page.tsx'), 'AppCheckPage', CONSOLE);
const CheckEmailPage = lazyPage(() => import('../features/auth/check-email-page.tsx'), 'CheckEmailPage', CORE);
const ForgotPasswordPage = lazyPage(
  () => import('../features/auth/forgot-password-page.tsx'),
  'ForgotPasswordPage',
  CORE,
);
const InvitePage = lazyPage(() => import('../features/auth/invite-page.tsx'), 'InvitePage', CORE);
const LoginPage = lazyPage(() => import('../features/auth/login-page.tsx'), 'LoginPage', CORE);
const RegisterPage = lazyPage(() => import('../features/auth/register-page.tsx'), 'RegisterPage', CORE);
const ResetPasswordPage = lazyPage(() => import('../features/auth/reset-password-page.tsx'), 'ResetPasswordPage', CORE);
const VerifyEmailPage = lazyPage(() => import('../features/auth/verify-email-page.tsx'), 'VerifyEmailPage', CORE);
const FilingEntryRedirect = lazyPage(
  () => import('../features/filing-wizard/components/filing-entry-redirect.tsx'),
  'FilingEntryRedirect',
  CONSOLE,
);
const FilingWizardLayout = lazyPage(
  () => import('../features/filing-wizard/components/filing-wizard-layout.tsx'),
  'FilingWizardLayout',
  CONSOLE,
);
const MaterialsStepPage = lazyPage(
  () => import('../features/filing-wizard/steps/materials/materials-step-page.tsx'),
  'MaterialsStepPage',
  CONSOLE,
);
const PhotoStepPage = lazyPage(
  () => import('../features/filing-wizard/steps/photo/photo-step-page.tsx'),
  'PhotoStepPage',
  CONSOLE,
);
const ProgressStepPage = lazyPage(
  () => import('../features/filing-wizard/steps/progress/progress-step-page.tsx'),
  'ProgressStepPage',
  CONSOLE,
);
const ReviewStepPage = lazyPage(
  () => import('../features/filing-wizard/steps/review/review-step-page.tsx'),
  'ReviewStepPage',
  CONSOLE,
);
const SubjectStepPage = lazyPage(
  () => import('../features/filing-wizard/steps/subject-step-page.tsx'),
  'SubjectStepPage',
  CONSOLE,
);
const VerifyStepPage = lazyPage(
  () => import('../features/filing-wizard/steps/verify-step-page.tsx'),
  'VerifyStepPage',
  CONSOLE,
);
const WebsitesStepPage = lazyPage(
  () => import('../features/filing-wizard/steps/websites-step-page.tsx'),
  'WebsitesStepPage',
  CONSOLE,
);
const LegalPage = lazyPage(() => import('../features/legal/legal-page.tsx'), 'LegalPage', CONSOLE);
const MiitSmsCheckPage = lazyPage(
  () => import('../features/miit-sms-check/miit-sms-check-page.tsx'),
  'MiitSmsCheckPage',
  CONSOLE,
);
const MyFilingsPage = lazyPage(() => import('../features/my-filings/my-filings-page.tsx'), 'MyFilingsPage', CONSOLE);
const NotificationsPage = lazyPage(
  () => import('../features/notifications/notifications-page.tsx'),
  'NotificationsPage',
  CONSOLE,
);
const OrderSearchPage = lazyPage(() => import('../features/photo-point/order-search-page.tsx'), 'OrderSearchPage');
const ReviewFilingPage = lazyPage(() => import('../features/review-filing/review-filing-page.tsx'), 'ReviewFilingPage');
const ReviewQueuePage = lazyPage(() => import('../features/review-queue/review-queue-page.tsx'), 'ReviewQueuePage');
const ReturnedFilingsPage = lazyPage(
  () => import('../features/review-returned/returned-filings-page.tsx'),
  'ReturnedFilingsPage',
);
const DashboardFigures = lazyPage(
  () => import('../features/review-workbench/components/dashboard-figures.tsx'),
  'DashboardFigures',
);
const WorkbenchPage = lazyPage(() => import('../features/review-workbench/workbench-page.tsx'), 'WorkbenchPage');
const SetupPage = lazyPage(() => import('../features/setup/setup-page.tsx'), 'SetupPage');

/** A role's area: guarded layout, and an error boundary inside it so a failing page keeps the navigation. Every
 * area has the account & security page. */
function area(path: string, role: Role, layout: ReactElement, children: RouteObject[]): RouteObject {
  const Messages = role === 'APPLICANT' ? MessagesFor.console : MessagesFor.all;
  return {
    path,
    element: (
      <RequireRole role={role}>
        <Messages>{layout}</Messages>
      </RequireRole>
    ),
    children: [
      { errorElement: <RouteErrorPage />, children: [...children, { path: 'account', element: <AccountPage /> }] },
    ],
  };
}

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppRoot />,
    errorElement: <RouteErrorPage standalone />,
    children: [
      { index: true, element: <HomeRedirect /> },
      {
        element: <PublicLayout />,
        children: [
          { path: 'login', element: <LoginPage /> },
          { path: 'register', element: <RegisterPage /> },
          { path: 'register/check-email', element: <CheckEmailPage /> },
          { path: 'verify-email', element: <VerifyEmailPage /> },
          // The emailed links of a forgotten password and of a staff invitation; tokens in the fragment.
          { path: 'forgot-password', element: <ForgotPasswordPage /> },
          { path: 'reset-password', element: <ResetPasswordPage /> },
          { path: 'invite', element: <InvitePage /> },
          // The one-time link printed at the first start of an installation without an administrator.
          { path: 'setup', element: <SetupPage /> },
        ],
      },
      { path: 'account', element: <AccountRedirect /> },
      // The terms and privacy notice the submission's agreement links to: public, versioned, outside any console.
      { path: 'legal/terms', element: <LegalPage document="terms" /> },
      { path: 'legal/privacy', element: <LegalPage document="privacy" /> },
      // The Shanghai app check on the principal's phone: mobile first, no sign-in, the link's token in the fragment.
      { path: 'm/app-check', element: <AppCheckPage /> },
      // The simulated MIIT verification page (工信部短信核验): public like MIIT's own; its API runs with the simulators.
      { path: 'miit/sms-check', element: <MiitSmsCheckPage /> },
      area('console', 'APPLICANT', <ApplicantLayout />, [
        { index: true, element: <MyFilingsPage /> },
        { path: 'notifications', element: <NotificationsPage /> },
        // The wizard: one address per step; the stepper links a step once the filing's state opens it.
        { path: 'filings/new', element: <VerifyStepPage /> },
        {
          path: 'filings/:id',
          element: <FilingWizardLayout />,
          children: [
            { index: true, element: <FilingEntryRedirect /> },
            { path: 'subject', element: <SubjectStepPage />, handle: { step: 'subject' } },
            { path: 'websites', element: <WebsitesStepPage />, handle: { step: 'websites' } },
            { path: 'materials', element: <MaterialsStepPage />, handle: { step: 'materials' } },
            { path: 'review', element: <ReviewStepPage />, handle: { step: 'review' } },
            { path: 'photo', element: <PhotoStepPage />, handle: { step: 'photo' } },
            { path: 'progress', element: <ProgressStepPage />, handle: { step: 'progress' } },
          ],
        },
      ]),
      area('review', 'REVIEWER', <ReviewerLayout />, [
        { index: true, element: <WorkbenchPage /> },
        { path: 'initial', element: <ReviewQueuePage /> },
        { path: 'second', element: <ReviewQueuePage stage="SECOND" /> },
        // Filings whose MIIT SMS check failed, resubmitted to the bureau from here.
        { path: 'returned', element: <ReturnedFilingsPage linkOrders /> },
        { path: 'filings/:id', element: <ReviewFilingPage /> },
      ]),
      area('admin', 'ADMIN', <AdminLayout />, [
        // Admins may read the review figures too; the overview shows them.
        {
          index: true,
          element: (
            <AdminOverviewPage
              reviewFigures={<DashboardFigures returnedHref="/admin/returned" calendarHref="/admin/calendar" nested />}
            />
          ),
        },
        { path: 'photo-points', element: <PhotoPointsPage /> },
        { path: 'photo-points/new', element: <PhotoPointNewPage /> },
        { path: 'photo-points/:id', element: <PhotoPointPage /> },
        // Admins resubmit failed SMS checks too; the review page is the reviewers', so order numbers are not links.
        { path: 'returned', element: <ReturnedFilingsPage /> },
        { path: 'users', element: <AdminUsersPage /> },
        { path: 'rules', element: <RulesPage /> },
        { path: 'calendar', element: <CalendarPage /> },
        { path: 'curtains', element: <AdminCurtainsPage /> },
        { path: 'review-assignments', element: <ReviewAssignmentsPage /> },
        { path: 'audit-log', element: <AuditLogPage /> },
        { path: 'simulator', element: <SimulatorPage /> },
      ]),
      area('photo-point', 'OPERATOR', <OperatorLayout />, [{ index: true, element: <OrderSearchPage /> }]),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
