// The one route registry: every address the SPA answers, who may open it, and what renders it.
import type { Role } from '@beian/contracts';
import type { ReactElement } from 'react';
import type { RouteObject } from 'react-router';
import { AccountPage } from '../features/account/account-page.tsx';
import { AccountRedirect } from '../features/account/account-redirect.tsx';
import { AuditLogPage } from '../features/admin-audit-log/audit-log-page.tsx';
import { CalendarPage } from '../features/admin-calendar/calendar-page.tsx';
import { AdminOverviewPage } from '../features/admin-console/admin-overview-page.tsx';
import { AdminCurtainsPage } from '../features/admin-curtains/admin-curtains-page.tsx';
import { PhotoPointNewPage } from '../features/admin-photo-points/photo-point-new-page.tsx';
import { PhotoPointPage } from '../features/admin-photo-points/photo-point-page.tsx';
import { PhotoPointsPage } from '../features/admin-photo-points/photo-points-page.tsx';
import { ReviewAssignmentsPage } from '../features/admin-review-assignments/review-assignments-page.tsx';
import { RulesPage } from '../features/admin-rules/rules-page.tsx';
import { SimulatorPage } from '../features/admin-simulator/simulator-page.tsx';
import { AdminUsersPage } from '../features/admin-users/admin-users-page.tsx';
import { AppCheckPage } from '../features/app-check/app-check-page.tsx';
import { CheckEmailPage } from '../features/auth/check-email-page.tsx';
import { ForgotPasswordPage } from '../features/auth/forgot-password-page.tsx';
import { InvitePage } from '../features/auth/invite-page.tsx';
import { LoginPage } from '../features/auth/login-page.tsx';
import { RegisterPage } from '../features/auth/register-page.tsx';
import { ResetPasswordPage } from '../features/auth/reset-password-page.tsx';
import { VerifyEmailPage } from '../features/auth/verify-email-page.tsx';
import { FilingEntryRedirect } from '../features/filing-wizard/components/filing-entry-redirect.tsx';
import { FilingWizardLayout } from '../features/filing-wizard/components/filing-wizard-layout.tsx';
import { MaterialsStepPage } from '../features/filing-wizard/steps/materials/materials-step-page.tsx';
import { PhotoStepPage } from '../features/filing-wizard/steps/photo/photo-step-page.tsx';
import { ProgressStepPage } from '../features/filing-wizard/steps/progress/progress-step-page.tsx';
import { ReviewStepPage } from '../features/filing-wizard/steps/review/review-step-page.tsx';
import { SubjectStepPage } from '../features/filing-wizard/steps/subject-step-page.tsx';
import { VerifyStepPage } from '../features/filing-wizard/steps/verify-step-page.tsx';
import { WebsitesStepPage } from '../features/filing-wizard/steps/websites-step-page.tsx';
import { LegalPage } from '../features/legal/legal-page.tsx';
import { MiitSmsCheckPage } from '../features/miit-sms-check/miit-sms-check-page.tsx';
import { MyFilingsPage } from '../features/my-filings/my-filings-page.tsx';
import { NotificationsPage } from '../features/notifications/notifications-page.tsx';
import { OrderSearchPage } from '../features/photo-point/order-search-page.tsx';
import { ReviewFilingPage } from '../features/review-filing/review-filing-page.tsx';
import { ReviewQueuePage } from '../features/review-queue/review-queue-page.tsx';
import { ReturnedFilingsPage } from '../features/review-returned/returned-filings-page.tsx';
import { DashboardFigures } from '../features/review-workbench/components/dashboard-figures.tsx';
import { WorkbenchPage } from '../features/review-workbench/workbench-page.tsx';
import { SetupPage } from '../features/setup/setup-page.tsx';
import { AppRoot } from './app-root.tsx';
import { HomeRedirect } from './guards/home-redirect.tsx';
import { RequireRole } from './guards/require-role.tsx';
import { PublicLayout } from './layouts/public-layout.tsx';
import { AdminLayout, ApplicantLayout, OperatorLayout, ReviewerLayout } from './layouts/role-layouts.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { RouteErrorPage } from './pages/route-error-page.tsx';

/** A role's area: guarded layout, and an error boundary inside it so a failing page keeps the navigation. Every
 * area has the account & security page. */
function area(path: string, role: Role, layout: ReactElement, children: RouteObject[]): RouteObject {
  return {
    path,
    element: <RequireRole role={role}>{layout}</RequireRole>,
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
